import {
  type CollectionDefinition,
  ITEMS_LIMIT_MAX,
  MEDIA_TYPES,
  MVT_MEDIA_TYPE,
  WEB_MERCATOR_QUAD,
} from '@heritage-watch/shared'

// Where a collection can be read, for the ISO records' online resources and the DCAT distributions.
// The CSV and GeoPackage downloads are the items' `f=csv|gpkg` of issue 11 §3.

export interface OnlineResource {
  url: string
  name: string
  description: string
  /** The protocol as the INSPIRE / Géo2France harvesters read it. */
  protocol: string
  mediaType: string
  /** A file of the whole layer (DCAT downloadURL), or a service to query (accessURL only). */
  download: boolean
}

/**
 * The collection's resources: its description, its items (GeoJSON, CSV, GeoPackage) and its tiles.
 * @param base the absolute base URL of the API, without a trailing slash
 */
export function collectionResources(collection: CollectionDefinition, base: string): OnlineResource[] {
  const path = `${base}/collections/${encodeURIComponent(collection.id)}`
  const whole = (format: string) => `${path}/items?f=${format}&limit=${ITEMS_LIMIT_MAX}`
  return [
    {
      url: path,
      name: `${collection.id} (OGC API - Features)`,
      description: `Description de la collection « ${collection.title.fr} »`,
      protocol: 'OGC:API-Features',
      mediaType: MEDIA_TYPES.json,
      download: false,
    },
    {
      url: `${path}/items`,
      name: `${collection.id} : entités`,
      description: 'Entités (GeoJSON, paginées, filtrables)',
      protocol: 'OGC:API-Features',
      mediaType: MEDIA_TYPES.geojson,
      download: false,
    },
    {
      url: whole('json'),
      name: `${collection.id}.geojson`,
      description: 'Toute la couche en GeoJSON (WGS84)',
      protocol: 'WWW:DOWNLOAD-1.0-http--download',
      mediaType: MEDIA_TYPES.geojson,
      download: true,
    },
    {
      url: whole('csv'),
      name: `${collection.id}.csv`,
      description: 'Toute la couche en CSV',
      protocol: 'WWW:DOWNLOAD-1.0-http--download',
      mediaType: 'text/csv',
      download: true,
    },
    {
      url: whole('gpkg'),
      name: `${collection.id}.gpkg`,
      description: 'Toute la couche en GeoPackage',
      protocol: 'WWW:DOWNLOAD-1.0-http--download',
      mediaType: 'application/geopackage+sqlite3',
      download: true,
    },
    {
      url: `${path}/tiles/${WEB_MERCATOR_QUAD}`,
      name: `${collection.id} : tuiles vectorielles`,
      description: 'Tuiles vectorielles (OGC API - Tiles, WebMercatorQuad, MVT)',
      protocol: 'OGC:API-Tiles',
      mediaType: MVT_MEDIA_TYPE,
      download: false,
    },
  ]
}
