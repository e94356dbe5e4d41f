import { type FeatureCollection, MEDIA_TYPES } from '@heritage-watch/shared'
import { useQueries } from '@tanstack/react-query'
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { loadContracts } from '../api/contracts.ts'
import { queryKeys } from '../api/query-keys.ts'
import { requestJson } from '../api/request-json.ts'
import { env } from '../env.ts'
import { collectionItemsUrl } from '../lib/api-urls.ts'
import { polygonCentre } from '../lib/polygon-centre.ts'
import { CENTRE_SOURCE_IDS } from '../map/ids.ts'

/** Enough for the collections that get markers (11 sites at risk). */
const MARKER_LIMIT = '100'

const MARKED = Object.entries(CENTRE_SOURCE_IDS)

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

/** A collection's features, name only (a few kilobytes), from the OGC API. */
function fetchMarked(collection: string, signal: AbortSignal): Promise<FeatureCollection> {
  return requestJson(
    {
      method: 'GET',
      url: collectionItemsUrl(env.apiBaseUrl, collection, undefined, {
        limit: MARKER_LIMIT,
        properties: 'nom',
      }),
      schema: () => loadContracts().then((contracts) => contracts.FeatureCollectionSchema),
      headers: { Accept: MEDIA_TYPES.geojson },
    },
    { apiBaseUrl: env.apiBaseUrl, signal },
  )
}

/** The answers so far; a module function, so that useQueries gives the same array until one changes. */
const dataOf = (results: readonly { data?: FeatureCollection }[]) => results.map((result) => result.data)

/**
 * Fills the centre sources (ids.ts): each collection's features are fetched once and each polygon
 * becomes one marker at its centre. Without markers the sites still show as red outlines once their
 * tiles carry them, so a failure is not reported.
 */
export function useCentreMarkers(map: MapLibreMap | null): void {
  const answers = useQueries({
    queries: MARKED.map(([collection]) => ({
      queryKey: queryKeys.centreMarkers(collection),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchMarked(collection, signal),
      enabled: map !== null,
      staleTime: Infinity,
    })),
    combine: dataOf,
  })

  useEffect(() => {
    if (!map) return
    MARKED.forEach(([, sourceId], index) => {
      const items = answers[index]
      if (items) map.getSource<GeoJSONSource>(sourceId)?.setData(centres(items))
    })
  }, [map, answers])
}
