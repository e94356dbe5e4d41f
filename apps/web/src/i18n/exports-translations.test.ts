import { describe, expect, it } from 'vitest'
import en from './en.json'
import fr from './fr.json'
import exportsEn from './watch/exports-en.json'
import exportsFr from './watch/exports-fr.json'
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

describe('the export texts (issue 11 §3)', () => {
  it('has the same keys in French and English, the dialog’s under one top-level key of its own', () => {
    expect(keys(exportsEn)).toEqual(keys(exportsFr))
    expect(Object.keys(exportsFr)).toEqual(['exportDialog'])
    expect(Object.keys(fr)).not.toContain('exportDialog')
    expect(Object.keys(watchFr)).not.toContain('exportDialog')
    expect(fr.exports.open).not.toEqual(en.exports.open)
  })
})
