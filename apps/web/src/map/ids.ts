import { ELEMENT_VIEW_CATEGORIES, ELEMENT_VIEWS_OF } from '@heritage-watch/shared'

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
  sitesClassesInscrits: 'sites-classes-inscrits',
  grandsSites: 'grands-sites',
  puits: 'puits-de-mines',
  bassinMinier: 'bassin-minier',
  communes: 'communes',
  epci: 'epci',
  departements: 'departements',
} as const
export type SourceId = (typeof SOURCE_IDS)[keyof typeof SOURCE_IDS]

/**
 * The vector source of the collections' tiles: OGC API - Tiles dataset tiles, one MVT layer per
 * collection (the layer's `source-layer`), so that MapLibre draws its tile clipping masks once for all
 * the layers of one source instead of once per collection (docs/architecture.md §31).
 */
export const DATASET_SOURCE_ID = 'donnees'

/**
 * Collections drawn with an icon keep dataset tiles of their own: MapLibre packs the images a tile uses
 * into one atlas, and the grands sites' star packed beside the terrils' hatch pattern was sampled
 * differently at its edge (15 pixels of the default view). Symbols draw no clipping mask, so this
 * costs one request per tile and no mask.
 */
const OWN_DATASET_SOURCES: Partial<Record<SourceId, string>> = {
  [SOURCE_IDS.grandsSites]: 'donnees-grands-sites',
}

/** The dataset source a collection's tiles are read from (its MVT layer keeps the collection's name). */
export function datasetSourceOf(collectionId: SourceId): string {
  return OWN_DATASET_SOURCES[collectionId] ?? DATASET_SOURCE_ID
}

/** Every dataset source of full-zoom tiles. */
export const FULL_ZOOM_SOURCE_IDS: readonly string[] = [
  DATASET_SOURCE_ID,
  ...Object.values(OWN_DATASET_SOURCES),
]

/**
 * The registry's layer ids (also the URL's `couches=`), defined once: each layer file declares its layer
 * with one and `DRAW_ORDER` (layers/registry.ts) lists them, so that no id is typed in two places.
 */
export const LAYER_IDS = {
  departements: 'departements',
  bassinMinier: 'bassin-minier',
  communes: 'communes',
  epci: 'epci',
  zoneTampon: 'zone-tampon',
  parvisZt: 'parvis-zt',
  citesZt: 'cites-zt',
  espacesZt: 'espaces-zt',
  cavaliersZt: 'cavaliers-zt',
  citesHorsBien: 'cites-hors-bien',
  citesErbm: 'cites-erbm',
  composantes: 'composantes',
  citesBien: 'cites-bien',
  espacesBien: 'espaces-bien',
  cavaliersBien: 'cavaliers-bien',
  autresBatis: 'autres-batis',
  fossesChevalements: 'fosses-chevalements',
  terrilsClassement: 'terrils-classement',
  terrilsClassesHorsCouches: 'terrils-classes-hors-couches',
  sitesClassesInscrits: 'sites-classes-inscrits',
  terrilsZt: 'terrils-zt',
  terrilsBien: 'terrils-bien',
  sitesEnDanger: 'sites-en-danger',
  puits: 'puits',
  grandsSites: 'grands-sites',
} as const
export type LayerId = (typeof LAYER_IDS)[keyof typeof LAYER_IDS]

/**
 * Collections that the API serves as fixed-filter views of another (apps/api collection-tables.ts): the
 * five kinds of property elements are `bien-inscrit-elements` filtered on `categorie`. The map draws them
 * from that one source with the same filter, so the first view asks for one tile where it asked for
 * five (issue #3). Their own sources stay, for the selection highlight.
 */
export const TILE_VIEWS: Partial<Record<SourceId, { source: SourceId; property: string; value: string }>> =
  Object.fromEntries(
    Object.entries(ELEMENT_VIEW_CATEGORIES).map(([collection, value]) => [
      collection,
      { source: ELEMENT_VIEWS_OF.collection, property: ELEMENT_VIEWS_OF.property, value },
    ]),
  )

/** The source whose tiles draw a collection: its own, or the one it is a view of (TILE_VIEWS). */
export function tileSourceOf(collectionId: SourceId): SourceId {
  return (TILE_VIEWS as Partial<Record<string, { source: SourceId }>>)[collectionId]?.source ?? collectionId
}

/**
 * Low-zoom sources: the same tiles as the collection, capped at a zoom where each feature lies in one
 * tile. Names read them, since a polygon cut by tile edges is otherwise named once per tile; at zoom 6
 * the whole basin is one tile (6/32/21), which suits the large areas, and smaller features keep more
 * detail. The overview layers (define-map-layer.ts) draw their large polygons from the zoom-6 ones
 * below OVERVIEW_MAX_ZOOM: one request instead of four, and a quarter of the vertices.
 */
export const LOW_ZOOM_SOURCES = {
  [SOURCE_IDS.communes]: { id: 'donnees-z6', maxzoom: 6 },
  [SOURCE_IDS.epci]: { id: 'donnees-z6', maxzoom: 6 },
  [SOURCE_IDS.departements]: { id: 'donnees-z6', maxzoom: 6 },
  [SOURCE_IDS.bassinMinier]: { id: 'donnees-z6', maxzoom: 6 },
  [SOURCE_IDS.zoneTampon]: { id: 'donnees-z6', maxzoom: 6 },
  [SOURCE_IDS.composantes]: { id: 'donnees-z10', maxzoom: 10 },
  [SOURCE_IDS.terrils]: { id: 'donnees-z12', maxzoom: 12 },
} as const satisfies Partial<Record<SourceId, { id: string; maxzoom: number }>>

/** The low-zoom source of a collection, if it has one. */
export function lowZoomSourceOf(collectionId: string): { id: string; maxzoom: number } | undefined {
  return (LOW_ZOOM_SOURCES as Partial<Record<string, { id: string; maxzoom: number }>>)[collectionId]
}

/**
 * GeoJSON sources of one point per feature, computed in the browser from the collection's polygons
 * (use-centre-markers.ts): small polygons vanish from low-zoom tiles, their markers never do.
 */
export const CENTRE_SOURCE_IDS = {
  [SOURCE_IDS.sitesEnDanger]: 'sites-en-danger-centres',
} as const satisfies Partial<Record<SourceId, string>>

/**
 * The raster basemap chosen in the menu (source and layer share the id) and, under a historical one,
 * today's imagery; every basemap id starts with BASEMAP_SOURCE_ID. Then the plain background.
 */
export const BASEMAP_SOURCE_ID = 'fond-de-plan'
export const BASEMAP_UNDER_SOURCE_ID = 'fond-de-plan/actuel'
export const BACKGROUND_LAYER_ID = 'fond'

/** The names of départements and main towns at the opening view (public/place-labels.geojson). */
export const PLACE_LABEL_SOURCE_ID = 'noms-de-lieux'

/** Images drawn in code (map-images.ts) and added when the style first asks for them. */
export const MAP_IMAGE_IDS = {
  warning: 'icone-danger',
  star: 'icone-grand-site',
  partialHatch: 'motif-en-partie',
} as const

/** The style layer id of one part (fill, outline, label…) of a registry layer. */
export function styleLayerId(mapLayerId: string, part: string): string {
  return `${mapLayerId}/${part}`
}

/** The style layer id of one part of the selection highlight of a collection. */
export function highlightLayerId(collectionId: string, part: string): string {
  return `selection/${collectionId}/${part}`
}
