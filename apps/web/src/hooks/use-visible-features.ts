import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'
import { listVisibleFeatures, type VisibleFeatureList } from '../lib/visible-features.ts'
import { listedStyleLayerIds, toRenderedFeature } from '../map/rendered-features.ts'
import type { FeatureLabeler } from './use-feature-labeler.ts'

/** The most features the list shows; the count says how many there are. */
const VISIBLE_FEATURES_LIMIT = 200

const EMPTY: VisibleFeatureList = { items: [], total: 0 }

/**
 * The features of the visible layers drawn in the current view, kept in step with moves, tile loads
 * and layer toggles (each ends with an `idle`). Does nothing while `enabled` is false (list closed).
 */
export function useVisibleFeatures(
  map: MapLibreMap | null,
  enabled: boolean,
  visibleLayers: ReadonlySet<string>,
  labelOf: FeatureLabeler,
  language: string,
): VisibleFeatureList {
  const [list, setList] = useState<VisibleFeatureList>(EMPTY)

  useEffect(() => {
    if (!map || !enabled) return
    const update = () => {
      const layers = listedStyleLayerIds(visibleLayers).filter((id) => map.getLayer(id))
      const rendered = layers.length ? map.queryRenderedFeatures({ layers }).map(toRenderedFeature) : []
      setList(
        listVisibleFeatures(
          rendered,
          (feature) => labelOf(feature.collection, feature.id, feature.properties),
          VISIBLE_FEATURES_LIMIT,
          language,
        ),
      )
    }
    update()
    map.on('idle', update)
    return () => {
      map.off('idle', update)
    }
  }, [map, enabled, visibleLayers, labelOf, language])

  return enabled ? list : EMPTY
}
