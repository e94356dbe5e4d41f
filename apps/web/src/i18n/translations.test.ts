import { describe, expect, it } from 'vitest'
import en from './en.json'
import fr from './fr.json'
import recordEn from './record-en.json'
import recordFr from './record-fr.json'
import watchEn from './watch/en.json'
import watchFr from './watch/fr.json'

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

  it('has the same keys in French and English for the record and the keyboard help', () => {
    expect(keys(recordEn)).toEqual(keys(recordFr))
  })

  it('has the same keys in French and English for the accounts and alerts UI', () => {
    expect(keys(watchEn)).toEqual(keys(watchFr))
  })

  it('keeps the lazily loaded texts apart from the bundled ones (no key in both)', () => {
    const bundled = new Set(Object.keys(fr))
    expect(Object.keys(watchFr).filter((key) => bundled.has(key))).toEqual([])
  })

  it('has no empty text', () => {
    const texts = (translations: object): unknown[] =>
      Object.values(translations).flatMap((value) =>
        typeof value === 'object' && value ? texts(value) : [value],
      )
    for (const text of [
      ...texts(fr),
      ...texts(en),
      ...texts(watchFr),
      ...texts(watchEn),
      ...texts(recordFr),
      ...texts(recordEn),
    ])
      expect(text).toMatch(/\S/)
  })
})
