import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { type Dispatch, useEffect, useRef } from 'react'
import { EMPTY_ZONE, type ZoneAction, type ZoneState, zoneToGeoJson } from '../lib/report-zone.ts'
import { showReportZone } from '../map/layers/report-zone-layers.ts'

/**
 * The map side of a report's zone (the form holds its vertices): while `active`, a click on the map
 * adds a vertex, and on the focused map Enter finishes the zone and Backspace takes back the last
 * vertex; the zone is drawn through the style's own source (map/layers/report-zone-layers.ts), which is
 * emptied when drawing stops. A double click would zoom in the middle of a zone: it is off meanwhile.
 */
export function useReportZone(
  map: MapLibreMap | null,
  active: boolean,
  zone: ZoneState,
  dispatch: Dispatch<ZoneAction>,
): void {
  const latest = useRef(dispatch)
  useEffect(() => {
    latest.current = dispatch
  })

  useEffect(() => {
    if (!map || !active) return
    const container = map.getCanvasContainer()
    container.classList.add('pin-mode')
    const onClick = (event: MapMouseEvent) =>
      latest.current({ type: 'add', vertex: [event.lngLat.lng, event.lngLat.lat] })
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key === 'Enter') latest.current({ type: 'finish' })
      else if (event.key === 'Backspace') latest.current({ type: 'undo' })
      else return
      event.preventDefault()
    }
    const doubleClickZoom = map.doubleClickZoom.isEnabled()
    map.doubleClickZoom.disable()
    map.on('click', onClick)
    container.addEventListener('keydown', onKeyDown)
    return () => {
      container.classList.remove('pin-mode')
      if (doubleClickZoom) map.doubleClickZoom.enable()
      map.off('click', onClick)
      container.removeEventListener('keydown', onKeyDown)
    }
  }, [map, active])

  useEffect(() => {
    if (map && active) showReportZone(map, zoneToGeoJson(zone))
  }, [map, active, zone])

  useEffect(() => {
    if (!map || !active) return
    return () => showReportZone(map, zoneToGeoJson(EMPTY_ZONE))
  }, [map, active])
}
