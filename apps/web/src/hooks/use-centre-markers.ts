import { type FeatureCollection, MEDIA_TYPES } from '@heritage-watch/shared'
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { loadContracts } from '../api/contracts.ts'
import { fetchJson } from '../api/fetch-json.ts'
import { env } from '../env.ts'
import { collectionItemsUrl } from '../lib/api-urls.ts'
import { polygonCentre } from '../lib/polygon-centre.ts'
import { CENTRE_SOURCE_IDS } from '../map/ids.ts'

/** Enough for the collections that get markers (11 sites at risk). */
const MARKER_LIMIT = '100'

function centres(collection: FeatureCollection): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: collection.features.flatMap((feature) => {
      const centre = polygonCentre(feature.geometry)
      if (!centre) return []
      return [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: centre },
          properties: { id: feature.id, nom: feature.properties.nom ?? null },
        },
      ]
    }),
  }
}

/**
 * Fills the centre sources (ids.ts): each collection's features are fetched once from the OGC API
 * (name only, a few kilobytes) and each polygon becomes one marker at its centre.
 */
export function useCentreMarkers(map: MapLibreMap | null): void {
  useEffect(() => {
    if (!map) return
    const controller = new AbortController()
    for (const [collection, sourceId] of Object.entries(CENTRE_SOURCE_IDS)) {
      const url = collectionItemsUrl(env.apiBaseUrl, collection, undefined, {
        limit: MARKER_LIMIT,
        properties: 'nom',
      })
      fetchJson(
        url,
        loadContracts().then((contracts) => contracts.FeatureCollectionSchema),
        { signal: controller.signal },
        MEDIA_TYPES.geojson,
      ).then(
        (items) => map.getSource<GeoJSONSource>(sourceId)?.setData(centres(items)),
        // Without markers the sites still show as red outlines once their tiles carry them.
        () => undefined,
      )
    }
    return () => controller.abort()
  }, [map])
}
