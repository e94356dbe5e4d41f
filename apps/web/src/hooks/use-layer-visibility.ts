import type { Map as MapLibreMap } from 'maplibre-gl'
import { useLayoutEffect } from 'react'
import { MAP_LAYERS } from '../map/layers/registry.ts'

/**
 * Shows and hides the registry's style layers as the toggles say. Runs during the commit, so that the
 * map reports itself busy (`data-map-idle="false"`) before anyone can wait for the next `idle`.
 */
export function useLayerVisibility(map: MapLibreMap | null, visibleLayers: ReadonlySet<string>): void {
  useLayoutEffect(() => {
    if (!map) return
    let changed = false
    for (const layer of MAP_LAYERS) {
      const wanted = visibleLayers.has(layer.id) ? 'visible' : 'none'
      for (const { id } of layer.styleLayers) {
        if (!map.getLayer(id) || map.getLayoutProperty(id, 'visibility') === wanted) continue
        map.setLayoutProperty(id, 'visibility', wanted)
        changed = true
      }
    }
    if (changed) {
      map.getContainer().dataset.mapIdle = 'false'
      map.triggerRepaint()
    }
  }, [map, visibleLayers])
}
