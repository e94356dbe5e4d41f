/**
 * The per-category collections of property elements: each is `bien-inscrit-elements` restricted to one
 * value of its `categorie` column. The API filters its table with it (collection-tables.ts) and the map
 * draws the five from the one `bien-inscrit-elements` source with the same filter (map/ids.ts).
 */
export const ELEMENT_VIEW_CATEGORIES = {
  'bien-inscrit-batis': 'bati',
  'bien-inscrit-cites': 'cite_miniere',
  'bien-inscrit-terrils': 'terril',
  'bien-inscrit-cavaliers': 'cavalier',
  'bien-inscrit-espaces-neonaturels': 'espace_neonaturel',
} as const

/** The collection the element views are views of, and the column they filter on. */
export const ELEMENT_VIEWS_OF = { collection: 'bien-inscrit-elements', property: 'categorie' } as const
