import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { fetchFeatureCount } from '../api/features-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { env } from '../env.ts'
import { layerCounts, subsetCountQueries } from '../lib/layer-counts.ts'
import { MAP_LAYERS } from '../map/layers/registry.ts'
import type { CollectionsState } from './use-collections.ts'

const QUERIES = subsetCountQueries(MAP_LAYERS)

/** The counts known so far, by query key; stable (a module function), so it only runs on new answers. */
function knownCounts(results: readonly { data?: number }[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>()
  results.forEach((result, index) => {
    const key = QUERIES[index]?.key
    if (key !== undefined && result.data !== undefined) counts.set(key, result.data)
  })
  return counts
}

/**
 * Each registry layer's feature count for the legend (numberOfFeatures of /collections, and a filtered
 * count for layers showing part of a collection). A failed count leaves that layer without one: nothing
 * else depends on it.
 * @param enabled false to wait before asking for the filtered counts
 * @returns counts by layer id; a layer is missing while its count is unknown
 */
export function useLayerCounts(collections: CollectionsState, enabled = true): ReadonlyMap<string, number> {
  const subsetCounts = useQueries({
    queries: QUERIES.map(({ collection, filter }) => ({
      queryKey: queryKeys.layerCount(collection, filter),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        fetchFeatureCount(collection, filter, { apiBaseUrl: env.apiBaseUrl, signal }),
      enabled,
      staleTime: Infinity,
    })),
    combine: knownCounts,
  })

  return useMemo(() => {
    if (collections.status !== 'ready') return new Map()
    const totals = new Map(
      collections.collections.map((collection) => [collection.id, collection.numberOfFeatures]),
    )
    return layerCounts(MAP_LAYERS, totals, subsetCounts)
  }, [collections, subsetCounts])
}
