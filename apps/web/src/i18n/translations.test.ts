import { describe, expect, it } from 'vitest'
import en from './en.json'
import fr from './fr.json'

/** Dotted keys of a translation file, with the plural suffixes removed (French has a `many` form English lacks). */
function keys(translations: object, prefix = ''): string[] {
  const found = Object.entries(translations).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  )
  return [...new Set(found)].sort()
}

describe('translations', () => {
  it('has the same keys in French and English', () => {
    expect(keys(en)).toEqual(keys(fr))
  })

  it('has no empty text', () => {
    const texts = (translations: object): unknown[] =>
      Object.values(translations).flatMap((value) =>
        typeof value === 'object' && value ? texts(value) : [value],
      )
    for (const text of [...texts(fr), ...texts(en)]) expect(text).toMatch(/\S/)
  })
})
