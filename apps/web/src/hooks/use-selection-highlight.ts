import { COLLECTIONS } from '@heritage-watch/shared'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { FeatureRef } from '../lib/url-state.ts'
import { featureFilter, highlightLayersOf, NO_FEATURE } from '../map/layers/highlight-layers.ts'

// Keyed by collection, not by the layers' `source`: since the dataset tiles, that is the shared source
// (`donnees`), which no selection names.
const HIGHLIGHTS = COLLECTIONS.map((collection) => ({
  collection: collection.id,
  layerIds: highlightLayersOf(collection).map((layer) => layer.id),
}))

/** Outlines the selected feature on the map (its collection's highlight layers, filtered on its id). */
export function useSelectionHighlight(map: MapLibreMap | null, selection: FeatureRef | null): void {
  useEffect(() => {
    if (!map) return
    for (const { collection, layerIds } of HIGHLIGHTS) {
      const selected = selection?.collection === collection
      for (const id of layerIds) {
        if (!map.getLayer(id)) continue
        map.setFilter(id, selected ? featureFilter(selection.id) : NO_FEATURE)
        map.setLayoutProperty(id, 'visibility', selected ? 'visible' : 'none')
      }
    }
  }, [map, selection])
}
