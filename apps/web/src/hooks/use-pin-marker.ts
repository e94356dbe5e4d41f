import { type Map as MapLibreMap, type MapMouseEvent, Marker } from 'maplibre-gl'
import { useEffect, useRef } from 'react'

import type { LonLat } from '../lib/report-zone.ts'

export type { LonLat }

/**
 * The pin of a report dropped on the map: a MapLibre DOM `Marker` (not a style layer, which belongs to
 * the map's registry), placed by a click and moved by dragging. The element is labelled for screen
 * readers; keyboard users place it at the map's centre from the form.
 * @param position where the pin is, or null for no pin (the hook then removes it)
 */
export function usePinMarker(
  map: MapLibreMap | null,
  position: LonLat | null,
  label: string,
  onMove: (position: LonLat) => void,
): void {
  const latest = useRef(onMove)
  const marker = useRef<Marker | null>(null)
  useEffect(() => {
    latest.current = onMove
  })
  const active = position !== null

  // While a pin is being placed, a click on the map moves it (and opens no record: see Workspace).
  useEffect(() => {
    if (!map || !active) return
    const canvas = map.getCanvasContainer()
    canvas.classList.add('pin-mode')
    const onClick = (event: MapMouseEvent) => latest.current([event.lngLat.lng, event.lngLat.lat])
    map.on('click', onClick)
    return () => {
      canvas.classList.remove('pin-mode')
      map.off('click', onClick)
    }
  }, [map, active])

  useEffect(() => {
    if (!map || !active) return
    const element = document.createElement('div')
    element.className = 'report-pin'
    element.setAttribute('role', 'img')
    const created = new Marker({ element, draggable: true, anchor: 'bottom' })
    created.on('dragend', () => {
      const { lng, lat } = created.getLngLat()
      latest.current([lng, lat])
    })
    marker.current = created
    return () => {
      created.remove()
      marker.current = null
    }
  }, [map, active])

  useEffect(() => {
    marker.current?.getElement().setAttribute('aria-label', label)
  }, [label, active])

  useEffect(() => {
    if (!map || !position || !marker.current) return
    marker.current.setLngLat(position)
    if (!marker.current.getElement().isConnected) marker.current.addTo(map)
  }, [map, position])
}
