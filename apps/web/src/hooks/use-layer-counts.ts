import { useEffect, useMemo, useState } from 'react'
import { fetchFeatureCount } from '../api/features-client.ts'
import { env } from '../env.ts'
import { layerCounts, subsetCountQueries } from '../lib/layer-counts.ts'
import { MAP_LAYERS } from '../map/layers/registry.ts'
import type { CollectionsState } from './use-collections.ts'

const QUERIES = subsetCountQueries(MAP_LAYERS)

/**
 * Each registry layer's feature count for the legend (numberOfFeatures of /collections, and a filtered
 * count for layers showing part of a collection).
 * @param enabled false to wait before asking for the filtered counts
 * @returns counts by layer id; a layer is missing while its count is unknown
 */
export function useLayerCounts(collections: CollectionsState, enabled = true): ReadonlyMap<string, number> {
  const [subsetCounts, setSubsetCounts] = useState<ReadonlyMap<string, number>>(new Map())

  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    const options = { apiBaseUrl: env.apiBaseUrl, signal: controller.signal }
    Promise.all(
      QUERIES.map(
        async ({ key, collection, filter }) =>
          [key, await fetchFeatureCount(collection, filter, options)] as const,
      ),
    ).then(
      (entries) => setSubsetCounts(new Map(entries)),
      // Without them the legend shows no count for those layers; nothing else depends on them.
      () => undefined,
    )
    return () => controller.abort()
  }, [enabled])

  return useMemo(() => {
    if (collections.status !== 'ready') return new Map()
    const totals = new Map(
      collections.collections.map((collection) => [collection.id, collection.numberOfFeatures]),
    )
    return layerCounts(MAP_LAYERS, totals, subsetCounts)
  }, [collections, subsetCounts])
}
