import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { FeatureRef } from '../lib/url-state.ts'
import { listedStyleLayerIds, toRenderedFeature } from '../map/rendered-features.ts'

/** Pixels around the pointer that still count as a hit, so thin lines and small points can be clicked. */
const TOLERANCE = 4

function featureAt(map: MapLibreMap, event: MapMouseEvent, layers: string[]): FeatureRef | undefined {
  if (layers.length === 0) return undefined
  const { x, y } = event.point
  const hits = map.queryRenderedFeatures(
    [
      [x - TOLERANCE, y - TOLERANCE],
      [x + TOLERANCE, y + TOLERANCE],
    ],
    { layers },
  )
  // Top-most first: a terril wins over the component it lies in, which wins over the buffer zone.
  for (const hit of hits) {
    const feature = toRenderedFeature(hit)
    if (feature.id) return { collection: feature.collection, id: feature.id }
  }
  return undefined
}

/** Opens the record of the feature clicked on the map, and shows a pointer over clickable features. */
export function useMapClick(
  map: MapLibreMap | null,
  visibleLayers: ReadonlySet<string>,
  onSelect: (feature: FeatureRef) => void,
): void {
  const latest = useRef({ visibleLayers, onSelect })
  useEffect(() => {
    latest.current = { visibleLayers, onSelect }
  })

  useEffect(() => {
    if (!map) return
    let frame = 0
    const onClick = (event: MapMouseEvent) => {
      const feature = featureAt(map, event, listedStyleLayerIds(latest.current.visibleLayers))
      if (feature) latest.current.onSelect(feature)
    }
    const onMove = (event: MapMouseEvent) => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const hit = featureAt(map, event, listedStyleLayerIds(latest.current.visibleLayers))
        map.getCanvas().style.cursor = hit ? 'pointer' : ''
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
