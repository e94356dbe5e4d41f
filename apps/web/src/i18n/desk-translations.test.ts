import { describe, expect, it } from 'vitest'
import fr from './fr.json'
import deskEn from './watch/desk-en.json'
import deskFr from './watch/desk-fr.json'
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

describe('the desk texts added by issue #11 (bulk moves, live alerts, commune filter)', () => {
  it('has the same keys in French and English, under one top-level key no other file uses', () => {
    expect(keys(deskEn)).toEqual(keys(deskFr))
    expect(Object.keys(deskFr)).toEqual(['deskUx'])
    expect(Object.keys(fr)).not.toContain('deskUx')
    expect(Object.keys(watchFr)).not.toContain('deskUx')
  })
})
