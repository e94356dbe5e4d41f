import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useReducer, useRef, useState } from 'react'
import { type PreparedPolygon, prepareIndicatorPolygon } from '../lib/indicator-polygon.ts'
import {
  EMPTY_ZONE,
  type ZoneAction,
  zoneReducer,
  type ZoneState,
  zoneToGeoJson,
} from '../lib/report-zone.ts'
import { showReportZone } from '../map/layers/report-zone-layers.ts'
import { useMap } from './use-map.ts'
import { WIDE_SCREEN } from './use-media-query.ts'
import { useReportZone } from './use-report-zone.ts'

type PolygonRefusal = Extract<PreparedPolygon, { ok: false }>['reason']

export interface IndicatorZone {
  /** True while the zone is drawn on the map (the sheet steps aside meanwhile). */
  drawing: boolean
  /** The vertices being drawn. */
  zone: ZoneState
  /** The finished zone, as the API takes it; kept through a redrawing until a new one is finished. */
  polygon: GeoJSON.Polygon | null
  /** Why the last "finish" was refused (too few points, a ring crossing itself). */
  refusal: PolygonRefusal | null
  start: () => void
  /** Adds a vertex at the map's centre: the keyboard's way to draw. */
  addCentre: () => void
  dispatch: (action: ZoneAction) => void
  cancel: () => void
  clear: () => void
}

/**
 * The zone the indicators are computed for, drawn on the map with the report's drawing tool
 * (use-report-zone.ts, the same map layers): clicks or the map's centre add vertices, Enter or "finish"
 * ends the drawing once the polygon is valid (lib/indicator-polygon.ts), Escape gives it up. The
 * finished polygon stays drawn on the map as long as the dashboard shows it.
 */
/** On a wide screen the sheet leaves the map's left part free (indicators.css): the zone is fitted there. */
const SHEET_SHARE = 0.6
const SHEET_MAX_WIDTH = 736
const MARGIN = 40

function fitBesideSheet(map: MapLibreMap, polygon: GeoJSON.Polygon) {
  const ring = polygon.coordinates[0] ?? []
  const lons = ring.map((position) => position[0]!)
  const lats = ring.map((position) => position[1]!)
  const width = map.getContainer().clientWidth
  const sheet = window.matchMedia(WIDE_SCREEN).matches ? Math.min(width * SHEET_SHARE, SHEET_MAX_WIDTH) : 0
  map.fitBounds(
    [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ],
    { padding: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN + sheet }, maxZoom: map.getZoom() },
  )
}

export function useIndicatorZone(): IndicatorZone {
  const map = useMap()
  const [drawing, setDrawing] = useState(false)
  const [zone, dispatchZone] = useReducer(zoneReducer, EMPTY_ZONE)
  const [polygon, setPolygon] = useState<GeoJSON.Polygon | null>(null)
  const [refusal, setRefusal] = useState<PolygonRefusal | null>(null)

  const finish = () => {
    const prepared = prepareIndicatorPolygon(zone.vertices)
    if (!prepared.ok) return setRefusal(prepared.reason)
    setPolygon(prepared.polygon)
    if (map) fitBesideSheet(map, prepared.polygon)
    setDrawing(false)
    dispatchZone({ type: 'clear' })
  }
  // "finish" goes through the polygon's checks; the other actions straight to the vertex list.
  const dispatch = (action: ZoneAction) => {
    setRefusal(null)
    if (action.type === 'finish') finish()
    else dispatchZone(action)
  }
  const cancel = () => {
    setDrawing(false)
    setRefusal(null)
    dispatchZone({ type: 'clear' })
  }
  useReportZone(map, drawing, zone, dispatch)

  // Escape gives the drawing up before the app's own Escape (which would close the sheet) sees it.
  const latestCancel = useRef(cancel)
  useEffect(() => {
    latestCancel.current = cancel
  })
  useEffect(() => {
    if (!drawing) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      latestCancel.current()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [drawing])

  // The finished zone on the map, once the drawing tool has let go of the layers (and emptied them).
  useEffect(() => {
    const ring = polygon?.coordinates[0]
    if (!map || drawing || !ring) return
    showReportZone(map, zoneToGeoJson({ vertices: ring.slice(0, -1) as ZoneState['vertices'], closed: true }))
    return () => showReportZone(map, zoneToGeoJson(EMPTY_ZONE))
  }, [map, drawing, polygon])

  return {
    drawing,
    zone,
    polygon,
    refusal,
    start: () => {
      dispatchZone({ type: 'clear' })
      setRefusal(null)
      setDrawing(true)
    },
    addCentre: () => {
      const centre = map?.getCenter()
      if (centre) dispatch({ type: 'add', vertex: [centre.lng, centre.lat] })
    },
    dispatch,
    cancel,
    clear: () => setPolygon(null),
  }
}
