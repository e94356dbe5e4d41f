/**
 * Every id the map style uses, defined once here (STYLE §2): sources, images, fixed layers.
 * One vector source per collection; its id is the collection id, which is also the MVT layer name.
 */
export const SOURCE_IDS = {
  composantes: 'bien-inscrit-composantes',
  elements: 'bien-inscrit-elements',
  batis: 'bien-inscrit-batis',
  citesBien: 'bien-inscrit-cites',
  terrilsBien: 'bien-inscrit-terrils',
  cavaliersBien: 'bien-inscrit-cavaliers',
  espacesBien: 'bien-inscrit-espaces-neonaturels',
  zoneTampon: 'zone-tampon',
  terrilsZoneTampon: 'zone-tampon-terrils',
  citesZoneTampon: 'zone-tampon-cites',
  cavaliersZoneTampon: 'zone-tampon-cavaliers',
  espacesZoneTampon: 'zone-tampon-espaces-neonaturels',
  parvis: 'zone-tampon-parvis-agricoles',
  terrils: 'terrils',
  citesErbm: 'cites-erbm',
  citesHorsBien: 'cites-minieres-hors-bien',
  sitesEnDanger: 'sites-en-danger',
  grandsSites: 'grands-sites',
  puits: 'puits-de-mines',
  bassinMinier: 'bassin-minier',
  communes: 'communes',
  epci: 'epci',
  departements: 'departements',
} as const
export type SourceId = (typeof SOURCE_IDS)[keyof typeof SOURCE_IDS]

/**
 * Sources for names: the same TileJSON as the collection, with tiles capped at a zoom where each
 * feature lies in one tile. A polygon cut by tile edges is otherwise named once per tile. At zoom 6 the
 * whole basin is one tile (6/32/21), which suits the large areas; smaller features keep more detail.
 */
export const LABEL_SOURCES = {
  [SOURCE_IDS.communes]: { id: 'communes-noms', maxzoom: 6 },
  [SOURCE_IDS.epci]: { id: 'epci-noms', maxzoom: 6 },
  [SOURCE_IDS.departements]: { id: 'departements-noms', maxzoom: 6 },
  [SOURCE_IDS.composantes]: { id: 'composantes-noms', maxzoom: 10 },
  [SOURCE_IDS.terrils]: { id: 'terrils-numeros', maxzoom: 12 },
} as const satisfies Partial<Record<SourceId, { id: string; maxzoom: number }>>

/** The label source of a collection, if it has one. */
export function labelSourceOf(collectionId: string): { id: string; maxzoom: number } | undefined {
  return (LABEL_SOURCES as Partial<Record<string, { id: string; maxzoom: number }>>)[collectionId]
}

/**
 * GeoJSON sources of one point per feature, computed in the browser from the collection's polygons
 * (use-centre-markers.ts): small polygons vanish from low-zoom tiles, their markers never do.
 */
export const CENTRE_SOURCE_IDS = {
  [SOURCE_IDS.sitesEnDanger]: 'sites-en-danger-centres',
} as const satisfies Partial<Record<SourceId, string>>

/** The optional raster basemap (VITE_BASEMAP), its layer, and the plain background under everything. */
export const BASEMAP_SOURCE_ID = 'fond-de-plan'
export const BASEMAP_LAYER_ID = 'fond-de-plan'
export const BACKGROUND_LAYER_ID = 'fond'

/** Images drawn in code (map-images.ts) and added when the style first asks for them. */
export const MAP_IMAGE_IDS = {
  warning: 'icone-danger',
  star: 'icone-grand-site',
  probableHatch: 'motif-probable',
} as const
export type MapImageId = (typeof MAP_IMAGE_IDS)[keyof typeof MAP_IMAGE_IDS]

/** The style layer id of one part (fill, outline, label…) of a registry layer. */
export function styleLayerId(mapLayerId: string, part: string): string {
  return `${mapLayerId}/${part}`
}

/** The style layer id of one part of the selection highlight of a collection. */
export function highlightLayerId(collectionId: string, part: string): string {
  return `selection/${collectionId}/${part}`
}
