import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { EMPTY_ZONE, zoneReducer, zoneToGeoJson } from '../../lib/report-zone.ts'
import { buildStyle } from '../style.ts'
import { DEFAULT_VISIBLE_LAYER_IDS } from './registry.ts'
import {
  REPORT_ZONE_LAYER_IDS,
  REPORT_ZONE_SOURCE_ID,
  reportZoneLayers,
  reportZoneSource,
} from './report-zone-layers.ts'

describe('report zone layers', () => {
  it('are valid style layers on their own source, even with a zone in it', () => {
    const zone = [
      [3.16, 50.34],
      [3.17, 50.34],
      [3.17, 50.35],
    ].reduce(
      (state, vertex) => zoneReducer(state, { type: 'add', vertex: vertex as [number, number] }),
      EMPTY_ZONE,
    )
    for (const data of [reportZoneSource().data, zoneToGeoJson(zone)]) {
      const style = {
        version: 8 as const,
        sources: { [REPORT_ZONE_SOURCE_ID]: { type: 'geojson' as const, data } },
        layers: reportZoneLayers(),
      }
      expect(validateStyleMin(style)).toEqual([])
    }
  })

  it('are in the map style, above the features and under the names', () => {
    const style = buildStyle({
      apiBaseUrl: '',
      origin: 'http://127.0.0.1:3000',
      visibleLayers: new Set(DEFAULT_VISIBLE_LAYER_IDS),
    })
    expect(style.sources[REPORT_ZONE_SOURCE_ID]).toMatchObject({ type: 'geojson' })
    const ids = style.layers.map((layer) => layer.id)
    const area = ids.indexOf(REPORT_ZONE_LAYER_IDS.area)
    const firstSymbol = style.layers.findIndex((layer) => layer.type === 'symbol')
    const lastFill = style.layers.findLastIndex(
      (layer) => layer.type === 'fill' && layer.id !== REPORT_ZONE_LAYER_IDS.area,
    )
    expect(area).toBeGreaterThan(lastFill)
    expect(ids.indexOf(REPORT_ZONE_LAYER_IDS.vertices)).toBeLessThan(firstSymbol)
  })
})
