import { describe, expect, it } from 'vitest'
import fr from './fr.json'
import uxEn from './watch/ux-en.json'
import uxFr from './watch/ux-fr.json'
import watchFr from './watch/fr.json'

/** Dotted keys of a translation file, without plural suffixes (French has a `many` form English lacks). */
function keys(translations: object, prefix = ''): string[] {
  const found = Object.entries(translations).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')],
  )
  return [...new Set(found)].sort()
}

describe('the texts added by issue #11 §7 (desk: bulk moves, live alerts, commune filter; alert context)', () => {
  it('has the same keys in French and English, under one top-level key no other file uses', () => {
    expect(keys(uxEn)).toEqual(keys(uxFr))
    expect(Object.keys(uxFr)).toEqual(['deskUx', 'contextUx'])
    for (const key of Object.keys(uxFr)) {
      expect(Object.keys(fr)).not.toContain(key)
      expect(Object.keys(watchFr)).not.toContain(key)
    }
  })
})
