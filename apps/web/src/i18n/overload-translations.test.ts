import { describe, expect, it } from 'vitest'
import en from './watch/en.json'
import fr from './watch/fr.json'
import overloadEn from './watch/overload-en.json'
import overloadFr from './watch/overload-fr.json'

const keys = (translations: object, prefix = ''): string[] =>
  Object.entries(translations)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
    )
    .sort()

describe('overload translations', () => {
  it('has the same keys in French and English, none already in the watch texts they join', () => {
    expect(keys(overloadEn)).toEqual(keys(overloadFr))
    const existing = new Set([...keys(fr), ...keys(en)])
    expect(keys(overloadFr).filter((key) => existing.has(key))).toEqual([])
  })

  it('says in how many seconds to try again, in both languages', () => {
    expect(overloadFr.problems.overloaded).toContain('{{seconds}} s')
    expect(overloadEn.problems.overloaded).toContain('{{seconds}} s')
  })
})
