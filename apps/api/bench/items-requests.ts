import { EPSG_2154 } from '@heritage-watch/shared'
import type { MapLayer } from './mapserver/mapfile.ts'
import { layerCollection } from './mapserver/mapfile.ts'

// The requests of target 1, on real collections, each as the API and MapServer ask it. MapServer 8.0's
// OGC API has neither property filters nor `crs`: for the filter its side reads a layer made for the
// request (the same rows, filtered in the layer's SQL); for `crs` it answers the same rows in CRS84, the
// only CRS it has (the conservative choice: made to reproject, it was far slower in a first try).

export interface ItemsRequest {
  id: string
  label: string
  collection: string
  /** Query string of the API request, without `?`. */
  search: string
  featureId?: string
  /** Path and query under MapServer's OGC API base. */
  mapserver: string
}

const ANZIN = "Compagnie d'Anzin"

/** Variant layers the MapServer side needs for the requests it cannot ask of a plain collection. */
export const VARIANT_LAYERS: MapLayer[] = [
  {
    name: 'puits-de-mines--anzin',
    collection: layerCollection('puits-de-mines'),
    where: `lower(compagnie) = lower('${ANZIN.replace(/'/g, "''")}')`,
  },
]

/** MapServer's query: the API's without what 8.0 does not know (its variant layer does the filter). */
function mapserverSearch(search: string): string {
  const parameters = new URLSearchParams(search)
  parameters.delete('crs')
  parameters.delete('compagnie')
  return [`f=json`, parameters.toString()].filter(Boolean).join('&')
}

const page = (id: string, label: string, collection: string, search: string, layer = collection) => ({
  id,
  label,
  collection,
  search,
  mapserver: `/collections/${layer}/items?${mapserverSearch(search)}`,
})

export const ITEMS_REQUESTS: ItemsRequest[] = [
  // Lens–Liévin: 18 buildings of the property in 3 km by 2 km.
  page('street', 'buildings, street bbox', 'bien-inscrit-batis', 'bbox=2.78,50.43,2.82,50.45&limit=100'),
  page('town', 'elements, town bbox', 'bien-inscrit-elements', 'bbox=2.74,50.41,2.86,50.47&limit=100'),
  page('basin', 'spoil tips, basin bbox', 'terrils', 'bbox=1.5,50.0,4.0,51.0&limit=100'),
  page('page-1000', 'cavaliers, 1,000 a page', 'zone-tampon-cavaliers', 'limit=1000'),
  // The largest layer has 1,316 features: the 10,000 page is all of them.
  page('page-10000', 'cavaliers, 10,000 a page (whole layer)', 'zone-tampon-cavaliers', 'limit=10000'),
  page(
    'filter',
    'mine shafts, property filter',
    'puits-de-mines',
    `compagnie=${encodeURIComponent(ANZIN)}&limit=1000`,
    'puits-de-mines--anzin',
  ),
  page('crs', 'communes in EPSG:2154', 'communes', `limit=100&crs=${encodeURIComponent(EPSG_2154)}`),
  {
    id: 'feature',
    label: 'one spoil tip by id',
    collection: 'terrils',
    search: '',
    featureId: '74A',
    mapserver: '/collections/terrils/items/74A?f=json',
  },
]

/** The API's path and query for a request. */
export function apiPath(request: ItemsRequest): string {
  const items = `/collections/${request.collection}/items`
  if (request.featureId) return `${items}/${request.featureId}${request.search ? `?${request.search}` : ''}`
  return `${items}?${request.search}`
}

/**
 * Features WITH a geometry in an answer of either server (a page, or 1/0 for one feature). MapServer
 * leaves out a row whose geometry is NULL (one cavalier has none) where the API returns it with
 * `"geometry": null`, so the two are compared on the features both can serve.
 */
export function featureCount(body: string): number {
  const parsed = JSON.parse(body) as {
    type?: string
    geometry?: unknown
    features?: { geometry?: unknown }[]
  }
  if (parsed.type === 'Feature') return parsed.geometry ? 1 : 0
  if (!Array.isArray(parsed.features)) throw new Error(`not a FeatureCollection: ${body.slice(0, 200)}`)
  return parsed.features.filter((feature) => feature.geometry).length
}
