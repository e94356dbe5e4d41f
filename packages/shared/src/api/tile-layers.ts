/**
 * Vector tiles: `GET /tiles/{collectionId}/{z}/{x}/{y}` (MVT, one layer named after the collection) and
 * `GET /tiles/{collectionId}` (TileJSON 3.0.0). Tiles carry the feature `id` and the few properties the
 * map styles and labels with; the full record comes from the OGC API.
 */
export interface TileLayerDefinition {
  minzoom: number
  maxzoom: number
  properties: readonly string[]
}

export const TILE_ZOOM_MAX = 16

const LABELLED = ['nom'] as const

export const TILE_LAYERS: Record<string, TileLayerDefinition> = {
  'bien-inscrit-composantes': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED, 'section'] },
  'bien-inscrit-elements': {
    minzoom: 0,
    maxzoom: TILE_ZOOM_MAX,
    properties: [...LABELLED, 'categorie', 'typologie'],
  },
  'bien-inscrit-batis': {
    minzoom: 0,
    maxzoom: TILE_ZOOM_MAX,
    properties: [...LABELLED, 'typologie', 'protection'],
  },
  'bien-inscrit-cites': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED, 'typologie'] },
  'bien-inscrit-terrils': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED, 'numero_terril'] },
  'bien-inscrit-cavaliers': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [] },
  'bien-inscrit-espaces-neonaturels': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
  'zone-tampon': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [] },
  'zone-tampon-terrils': {
    minzoom: 0,
    maxzoom: TILE_ZOOM_MAX,
    properties: [...LABELLED, 'numero', 'classement_2016'],
  },
  'zone-tampon-cites': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
  'zone-tampon-cavaliers': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
  'zone-tampon-espaces-neonaturels': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
  'zone-tampon-parvis-agricoles': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: ['qualite_vue'] },
  terrils: {
    minzoom: 0,
    maxzoom: TILE_ZOOM_MAX,
    properties: [...LABELLED, 'numero', 'classement_2016', 'zone'],
  },
  'cites-erbm': {
    minzoom: 0,
    maxzoom: TILE_ZOOM_MAX,
    properties: [...LABELLED, 'statut_unesco', 'priorite_erbm'],
  },
  'cites-minieres-hors-bien': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
  'sites-en-danger': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
  'grands-sites': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
  'sites-classes-inscrits': {
    minzoom: 0,
    maxzoom: TILE_ZOOM_MAX,
    properties: ['nomgen', 'typesite', 'chaine_des_terrils', 'hors_couches_mission', 'commune_principale'],
  },
  'puits-de-mines': { minzoom: 10, maxzoom: TILE_ZOOM_MAX, properties: ['fosse', 'puits', 'commune'] },
  'bassin-minier': { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
  communes: { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED, 'decret_2016'] },
  epci: { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
  departements: { minzoom: 0, maxzoom: TILE_ZOOM_MAX, properties: [...LABELLED] },
}

export const MVT_MEDIA_TYPE = 'application/vnd.mapbox-vector-tile'
