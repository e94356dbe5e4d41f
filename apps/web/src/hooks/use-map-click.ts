import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { FeatureRef } from '../lib/url-state.ts'
import { ALERT_BADGE_LAYER_ID } from '../map/layers/alert-badge-layers.ts'
import { listedStyleLayerIds, toRenderedFeature } from '../map/rendered-features.ts'

/** Pixels around the pointer that still count as a hit, so thin lines and small points can be clicked. */
const TOLERANCE = 4

/** A mark of alerts on the map: a feature's badge (how many open alerts), or an alert's own pin or zone. */
export type AlertMark = { kind: 'badge'; feature: FeatureRef; count: number } | { kind: 'alert'; id: string }

/** What is drawn under the pointer, top-most first: in `layers`, or in every layer when undefined. */
function hitsAt(map: MapLibreMap, event: MapMouseEvent, layers: string[] | undefined) {
  if (layers?.length === 0) return []
  const { x, y } = event.point
  return map.queryRenderedFeatures(
    [
      [x - TOLERANCE, y - TOLERANCE],
      [x + TOLERANCE, y + TOLERANCE],
    ],
    layers && { layers },
  )
}

function featureAt(map: MapLibreMap, event: MapMouseEvent, layers: string[]): FeatureRef | undefined {
  // Top-most first: a terril wins over the component it lies in, which wins over the buffer zone.
  for (const hit of hitsAt(map, event, layers)) {
    const feature = toRenderedFeature(hit)
    if (feature.id) return { collection: feature.collection, id: feature.id }
  }
  return undefined
}

/**
 * The alert mark under the pointer, if it is the top-most thing there: a badge, or an alert place (a pin,
 * a zone's outline or fill), known by its `alertId` property since its layers come with a lazy chunk
 * (map/layers/alert-place-layers.ts).
 */
function markAt(map: MapLibreMap, event: MapMouseEvent): AlertMark | undefined {
  const top = hitsAt(map, event, undefined)[0]
  const properties = top?.properties as Record<string, unknown> | undefined
  if (typeof properties?.alertId === 'string') return { kind: 'alert', id: properties.alertId }
  if (top?.layer.id === ALERT_BADGE_LAYER_ID && typeof properties?.collection === 'string')
    return {
      kind: 'badge',
      feature: { collection: properties.collection, id: String(properties.featureId) },
      count: Number(properties.count),
    }
  return undefined
}

/**
 * Opens what is clicked on the map: an alert mark (badge, pin, zone) through `onMark` when given, else the
 * record of the feature; and shows a pointer over anything clickable.
 */
export function useMapClick(
  map: MapLibreMap | null,
  visibleLayers: ReadonlySet<string>,
  onSelect: (feature: FeatureRef) => void,
  onMark?: (mark: AlertMark) => void,
): void {
  const latest = useRef({ visibleLayers, onSelect, onMark })
  useEffect(() => {
    latest.current = { visibleLayers, onSelect, onMark }
  })

  useEffect(() => {
    if (!map) return
    let frame = 0
    const targetAt = (event: MapMouseEvent) => {
      const { onMark: markHandler, visibleLayers: visible } = latest.current
      const mark = markHandler ? markAt(map, event) : undefined
      return mark ?? featureAt(map, event, listedStyleLayerIds(visible))
    }
    // While a place is drawn (a report's pin or zone, the indicators' zone), a click draws and opens nothing.
    const drawing = () => map.getCanvasContainer().classList.contains('pin-mode')
    const onClick = (event: MapMouseEvent) => {
      if (drawing()) return
      const target = targetAt(event)
      if (target && 'kind' in target) latest.current.onMark?.(target)
      else if (target) latest.current.onSelect(target)
    }
    const onMove = (event: MapMouseEvent) => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        map.getCanvas().style.cursor = !drawing() && targetAt(event) ? 'pointer' : ''
      })
    }
    map.on('click', onClick)
    map.on('mousemove', onMove)
    return () => {
      cancelAnimationFrame(frame)
      map.off('click', onClick)
      map.off('mousemove', onMove)
    }
  }, [map])
}
