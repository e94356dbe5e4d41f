/** A feature drawn on the map, reduced to what the list needs (from queryRenderedFeatures). */
export interface RenderedFeature {
  collection: string
  /** The feature id carried by the tile; a feature without one cannot be opened and is skipped. */
  id: string | undefined
  properties: Readonly<Record<string, unknown>>
}

interface ListedFeature {
  collection: string
  id: string
  label: string
}

export interface VisibleFeatureList {
  items: ListedFeature[]
  /** How many distinct features are in view, before the cap. */
  total: number
}

/**
 * Turns the features drawn in the view into the list of "features in view": one entry per
 * collection + id (a feature cut by tile edges or drawn by several layers comes back several times),
 * sorted by label as people read them (accents and numbers included), then capped.
 * @param labelOf the label of a feature (name or readable stand-in)
 * @param limit the most entries to return
 * @param language the collation language, e.g. "fr"
 */
export function listVisibleFeatures(
  rendered: Iterable<RenderedFeature>,
  labelOf: (feature: RenderedFeature & { id: string }) => string,
  limit: number,
  language: string,
): VisibleFeatureList {
  const unique = new Map<string, ListedFeature>()
  for (const feature of rendered) {
    if (feature.id === undefined || feature.id === '') continue
    const key = `${feature.collection}\u0000${feature.id}`
    if (!unique.has(key)) {
      const identified = { ...feature, id: feature.id }
      unique.set(key, { collection: feature.collection, id: feature.id, label: labelOf(identified) })
    }
  }
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' })
  const items = [...unique.values()].sort(
    (a, b) =>
      collator.compare(a.label, b.label) ||
      collator.compare(a.collection, b.collection) ||
      collator.compare(a.id, b.id),
  )
  return { items: items.slice(0, Math.max(0, limit)), total: items.length }
}
