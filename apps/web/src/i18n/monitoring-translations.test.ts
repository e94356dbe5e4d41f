import { describe, expect, it } from 'vitest'
import fr from './fr.json'
import monitoringEn from './watch/monitoring-en.json'
import monitoringFr from './watch/monitoring-fr.json'
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

const texts = (translations: object): unknown[] =>
  Object.values(translations).flatMap((value) =>
    typeof value === 'object' && value ? texts(value) : [value],
  )

describe('the monitoring texts (a feature’s alerts and timeline, an alert’s place)', () => {
  it('has the same keys in French and English, under one top-level key', () => {
    expect(keys(monitoringEn)).toEqual(keys(monitoringFr))
    expect(Object.keys(monitoringFr)).toEqual(['monitoring'])
  })

  it('shares no top-level key with the other texts, and has no empty text', () => {
    expect(Object.keys(fr)).not.toContain('monitoring')
    expect(Object.keys(watchFr)).not.toContain('monitoring')
    for (const text of [...texts(monitoringFr), ...texts(monitoringEn)]) expect(text).toMatch(/\S/)
  })
})
