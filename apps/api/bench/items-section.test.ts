import { describe, expect, it } from 'vitest'
import type { ItemsRow } from './items.ts'
import { type ItemsMeasure, itemsSection, itemsTargets } from './items-section.ts'

// Synthetic measures (labelled as such): only the judging is under test here.
const row = (id: string, ratio: number | null, floorRatio: number | null): ItemsRow => ({
  id,
  label: `synthetic ${id}`,
  path: `/collections/x/items?${id}`,
  features: 10,
  mapserverFeatures: ratio === null ? null : 10,
  apiBytes: 100,
  mapserverBytes: ratio === null ? null : 90,
  apiRps: 300,
  apiP95Ms: 5,
  mapserverRps: ratio === null ? null : 300 / ratio,
  mapserverP95Ms: ratio === null ? null : 9,
  ratio,
  cachedRps: null,
  apiP50Ms: floorRatio === null ? null : 3,
  floorP50Ms: floorRatio === null ? null : 3 / floorRatio,
  floorRatio,
})

const MEASURE: ItemsMeasure = {
  server: [row('street', 3.4, 1.2), row('page-1000', 2.5, 1.6)],
  embedded: [row('street', 1.1, null)],
  embeddedPeakRss: 500 * 2 ** 20,
  serverPeakRss: 200 * 2 ** 20,
  firstStartMs: 31_000,
  warmStartMs: 4_000,
  mapserverSkipped: null,
  cacheAvailable: false,
}

const byId = (measure: ItemsMeasure) => Object.fromEntries(itemsTargets(measure).map((t) => [t.id, t]))

describe('itemsTargets', () => {
  it('judges each target of issue 12 on the measured values', () => {
    const targets = byId(MEASURE)
    expect(targets['items-vs-mapserver']).toMatchObject({ met: false, why: 'missed by page-1000 2.5x' })
    expect(targets['items-vs-floor']).toMatchObject({ met: false, why: 'missed by page-1000 1.6x' })
    expect(targets['embedded-vs-mapserver']?.met).toBe(true)
    expect(targets['embedded-rss']).toMatchObject({ met: true, measured: '500 MB' })
    expect(targets['embedded-first-start']).toMatchObject({ met: false, measured: '31 s' })
    expect(targets['embedded-warm-start']?.met).toBe(true)
  })

  it('judges the API as shipped on its cached throughput, beside the uncached one', () => {
    expect(byId(MEASURE)['items-vs-mapserver-as-shipped']).toBeUndefined()
    const cached = (base: ItemsRow, cachedRps: number) => ({ ...base, cachedRps })
    const server = [cached(row('street', 3.4, 1.2), 30_000), cached(row('page-1000', 2.5, 1.6), 600)]
    const targets = byId({ ...MEASURE, cacheAvailable: true, server })
    // MapServer answered 300 / 2.5 = 120 a second on page-1000: 600 cached is 5x, 300 uncached 2.5x.
    expect(targets['items-vs-mapserver-as-shipped']).toMatchObject({
      met: true,
      measured: 'lowest 5x (page-1000) of 2',
    })
    expect(targets['items-vs-mapserver']).toMatchObject({ met: false, why: 'missed by page-1000 2.5x' })
  })

  it('says why the ratios were not measured without MapServer', () => {
    const none = { ...MEASURE, server: [row('street', null, 1.2)], embedded: [row('street', null, null)] }
    const targets = byId({ ...none, mapserverSkipped: 'missing Debian packages lighttpd' })
    expect(targets['items-vs-mapserver']).toMatchObject({
      met: null,
      why: 'missing Debian packages lighttpd',
    })
    expect(targets['embedded-vs-mapserver']?.met).toBeNull()
    expect(targets['items-vs-floor']?.met).toBe(true)
  })
})

describe('itemsSection', () => {
  it('prints both feature counts, the checked sanity of each row', () => {
    expect(itemsSection(MEASURE).markdown).toContain('| synthetic street | 10 / 10 | 300 | 88 | 3.40x |')
  })
})
