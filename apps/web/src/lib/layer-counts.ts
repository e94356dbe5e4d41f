/** What the legend needs of a registry layer to count its features. */
export interface CountedLayer {
  id: string
  source: string
  subset?: { property: string; values: readonly string[]; exclude?: boolean }
}

/** One filtered count to ask the API for: `?property=value` on the collection. */
export interface SubsetCountQuery {
  key: string
  collection: string
  filter: Record<string, string>
}

const valueKey = (collection: string, property: string, value: string) => `${collection}|${property}=${value}`

/**
 * The filtered counts the legend needs for layers that show part of a collection, each asked once
 * (fosses et chevalements and the other buildings share theirs).
 */
export function subsetCountQueries(layers: readonly CountedLayer[]): SubsetCountQuery[] {
  const queries = new Map<string, SubsetCountQuery>()
  for (const { source, subset } of layers) {
    for (const value of subset?.values ?? []) {
      const key = valueKey(source, subset?.property ?? '', value)
      queries.set(key, { key, collection: source, filter: { [subset?.property ?? '']: value } })
    }
  }
  return [...queries.values()]
}

/**
 * Each layer's feature count: its collection's total, or for a subset the sum of its values' counts
 * (or, with `exclude`, the rest of the total).
 * @param totals `numberOfFeatures` by collection id
 * @param subsetCounts answers to `subsetCountQueries`, by their key
 * @returns counts by layer id; a layer whose count is not known yet is left out
 */
export function layerCounts(
  layers: readonly CountedLayer[],
  totals: ReadonlyMap<string, number>,
  subsetCounts: ReadonlyMap<string, number>,
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const { id, source, subset } of layers) {
    const total = totals.get(source)
    if (total === undefined) continue
    if (!subset) {
      counts.set(id, total)
      continue
    }
    const parts = subset.values.map((value) => subsetCounts.get(valueKey(source, subset.property, value)))
    if (parts.some((part) => part === undefined)) continue
    const inside = parts.reduce<number>((sum, part) => sum + (part ?? 0), 0)
    counts.set(id, subset.exclude ? total - inside : inside)
  }
  return counts
}
