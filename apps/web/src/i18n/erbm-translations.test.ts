import { describe, expect, it } from 'vitest'
import erbmEn from './watch/erbm-en.json'
import erbmFr from './watch/erbm-fr.json'

const keys = (translations: object, prefix = ''): string[] =>
  Object.entries(translations)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keys(value, `${prefix}${key}.`)
        : [`${prefix}${key}`.replace(/_(one|many|other)$/, '')],
    )
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort()

describe('ERBM dashboard translations', () => {
  it('has the same keys in French and English, under the one key "erbm"', () => {
    expect(Object.keys(erbmFr)).toEqual(['erbm'])
    expect(keys(erbmEn)).toEqual(keys(erbmFr))
  })
})
