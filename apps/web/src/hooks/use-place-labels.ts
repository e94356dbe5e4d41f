import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { env } from '../env.ts'
import { PLACE_LABEL_SOURCE_ID } from '../map/ids.ts'
import { PLACE_LABEL_LAYERS, placeLabelSource } from '../map/layers/place-label-layers.ts'

/**
 * Names the places of the opening view on the offline background (raster basemaps carry their own
 * names). The map container's `data-place-labels` turns "true" once they are drawn, for the browser
 * tests that compare the opening view with a reference image.
 */
export function usePlaceLabels(map: MapLibreMap, shown: boolean): void {
  useEffect(() => {
    if (!map.getSource(PLACE_LABEL_SOURCE_ID)) {
      map.addSource(PLACE_LABEL_SOURCE_ID, placeLabelSource(env.appBaseUrl))
      // Under the alert badges and the other names, which say more about the features.
      const firstSymbol = map.getStyle().layers.find((layer) => layer.type === 'symbol')?.id
      for (const layer of PLACE_LABEL_LAYERS) map.addLayer(layer, firstSymbol)
      map.once('idle', () => {
        map.getContainer().dataset.placeLabels = 'true'
      })
    }
    for (const layer of PLACE_LABEL_LAYERS)
      map.setLayoutProperty(layer.id, 'visibility', shown ? 'visible' : 'none')
  }, [map, shown])
}
