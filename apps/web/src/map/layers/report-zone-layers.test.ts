import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it, vi } from 'vitest'
import { EMPTY_ZONE, zoneReducer, zoneToGeoJson } from '../../lib/report-zone.ts'
import { buildStyle } from '../style.ts'
import { DEFAULT_VISIBLE_LAYER_IDS } from './registry.ts'
import {
  REPORT_ZONE_LAYER_IDS,
  REPORT_ZONE_SOURCE_ID,
  reportZoneLayers,
  reportZoneSource,
  showReportZone,
  type ZoneMap,
} from './report-zone-layers.ts'

/** A stand-in for the map: the zone's source and the visibility of each of its layers. */
function createZoneMap() {
  const setData = vi.fn()
  const visibility = new Map<string, unknown>(
    reportZoneLayers().map((layer) => [layer.id, layer.layout?.visibility]),
  )
  const map = {
    style: {},
    getSource: (id: string) => (id === REPORT_ZONE_SOURCE_ID ? { setData } : undefined),
    getLayer: (id: string) => (visibility.has(id) ? { id } : undefined),
    setLayoutProperty: (id: string, name: string, value: unknown) => {
      if (name === 'visibility') visibility.set(id, value)
    },
  } as unknown as ZoneMap
  return { map, setData, visibility }
}

const A_ZONE = [
  [3.16, 50.34],
  [3.17, 50.34],
  [3.17, 50.35],
].reduce(
  (state, vertex) => zoneReducer(state, { type: 'add', vertex: vertex as [number, number] }),
  EMPTY_ZONE,
)

describe('report zone layers', () => {
  it('are valid style layers on their own source, even with a zone in it', () => {
    for (const data of [reportZoneSource().data, zoneToGeoJson(A_ZONE)]) {
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

  // An empty zone drawn cost two sets of MapLibre's tile clipping masks a frame (docs/architecture.md §31).
  it('start hidden, so that the empty source has no tiles to draw masks for', () => {
    const style = buildStyle({
      apiBaseUrl: '',
      origin: 'http://127.0.0.1:3000',
      visibleLayers: new Set(DEFAULT_VISIBLE_LAYER_IDS),
    })
    const zoneLayers = style.layers.filter(
      (layer) => 'source' in layer && layer.source === REPORT_ZONE_SOURCE_ID,
    )
    expect(zoneLayers).toHaveLength(3)
    for (const layer of zoneLayers) expect(layer.layout?.visibility).toBe('none')
  })

  it('are shown while the source has a zone and hidden again when it is emptied', () => {
    const { map, setData, visibility } = createZoneMap()
    showReportZone(map, zoneToGeoJson(A_ZONE))
    expect(setData).toHaveBeenLastCalledWith(zoneToGeoJson(A_ZONE))
    expect([...visibility.values()]).toEqual(['visible', 'visible', 'visible'])
    showReportZone(map, zoneToGeoJson(EMPTY_ZONE))
    expect(setData).toHaveBeenLastCalledWith(zoneToGeoJson(EMPTY_ZONE))
    expect([...visibility.values()]).toEqual(['none', 'none', 'none'])
  })

  it('leave a removed map alone', () => {
    const { map, setData } = createZoneMap()
    expect(() =>
      showReportZone({ ...map, style: undefined } as unknown as ZoneMap, zoneToGeoJson(A_ZONE)),
    ).not.toThrow()
    expect(setData).not.toHaveBeenCalled()
  })
})
