import { type Basemap, BASEMAP_IDS } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import en from '../i18n/watch/basemaps-en.json'
import fr from '../i18n/watch/basemaps-fr.json'
import { basemapCredit } from './basemap-credit.ts'

// Synthetic basemaps (tests only): the credits as apps/api/src/services/basemaps.ts words them.
const basemap = (id: string, group: Basemap['group'], label: string, text: string) => ({
  id,
  group,
  label,
  attribution: { text, url: 'https://example.test/' },
})
const OSM = basemap(BASEMAP_IDS.osm, 'current', 'OpenStreetMap', '© les contributeurs d’OpenStreetMap')
const IGN_1950 = basemap(
  BASEMAP_IDS.ign1950,
  'historical',
  '1950–1965',
  '© IGN – photographies aériennes 1950–1965',
)
const WMS = basemap(
  'historique-1949-1955',
  'historical',
  '1949–1955',
  'Géo2France – orthophotographie 1949-1955',
)
const PLAN = basemap(BASEMAP_IDS.planIgn, 'current', 'Plan IGN', '© IGN – Plan IGN')

function translateIn(texts: typeof fr) {
  return (key: string, values?: { label: string }) => {
    const name = key.replace('basemap.', '') as keyof typeof texts.basemap
    return texts.basemap[name].replace('{{label}}', values?.label ?? '')
  }
}

describe('basemapCredit', () => {
  it('says in English the credits the server words in French', () => {
    const english = [OSM, IGN_1950, WMS].map((map) => basemapCredit(map, translateIn(en)))
    expect(english).toEqual([
      '© OpenStreetMap contributors',
      '© IGN – aerial photographs 1950–1965',
      'Géo2France – orthophotography 1949–1955',
    ])
  })

  it('says in French what the server says', () => {
    const french = [OSM, IGN_1950, WMS].map((map) => basemapCredit(map, translateIn(fr)))
    expect(french).toEqual([OSM, IGN_1950, WMS].map((map) => map.attribution.text.replace('-', '–')))
  })

  it('keeps a credit made only of names as the server gives it', () => {
    expect(basemapCredit(PLAN, translateIn(en))).toBe('© IGN – Plan IGN')
  })
})
