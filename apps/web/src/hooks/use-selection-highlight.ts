import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { FeatureRef } from '../lib/url-state.ts'
import { featureFilter, highlightLayers, NO_FEATURE } from '../map/layers/highlight-layers.ts'

const HIGHLIGHTS = highlightLayers()

/** Outlines the selected feature on the map (its collection's highlight layers, filtered on its id). */
export function useSelectionHighlight(map: MapLibreMap | null, selection: FeatureRef | null): void {
  useEffect(() => {
    if (!map) return
    for (const layer of HIGHLIGHTS) {
      if (!('source' in layer) || !map.getLayer(layer.id)) continue
      const selected = selection?.collection === layer.source
      map.setFilter(layer.id, selected ? featureFilter(selection.id) : NO_FEATURE)
      map.setLayoutProperty(layer.id, 'visibility', selected ? 'visible' : 'none')
    }
  }, [map, selection])
}
