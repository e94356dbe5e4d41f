import {
  type CollectionDefinition,
  DATA_ATTRIBUTION,
  EPSG_3857,
  MEDIA_TYPES,
  MVT_MEDIA_TYPE,
  type PropertyKind,
  TILE_LAYERS,
  type TileSet,
  TileSetSchema,
  type TileSets,
  TileSetsSchema,
  WEB_MERCATOR_QUAD,
  WEB_MERCATOR_QUAD_URI,
  CRS84,
} from '@heritage-watch/shared'
import { tileMatrixLimits } from './tile-matrix-set.ts'

// The tileset documents of OGC API - Tiles for a collection's vector tiles: one tileset, in
// WebMercatorQuad, one MVT layer named as the collection (the same tiles as /tiles/{collectionId}).

/** JSON Schema types of the tile properties ('string[]' is joined into one string in the tile). */
const JSON_TYPES: Record<PropertyKind, string> = {
  string: 'string',
  'string[]': 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
}

const DIMENSIONS = { Point: 0, MultiLineString: 1, MultiPolygon: 2 } as const

const tilesetPath = (base: string, collection: CollectionDefinition) =>
  `${base}/collections/${encodeURIComponent(collection.id)}/tiles/${WEB_MERCATOR_QUAD}`

function layerOf(collection: CollectionDefinition) {
  const layer = TILE_LAYERS[collection.id]
  if (!layer) throw new Error(`collection ${collection.id} has no tile layer`)
  return layer
}

/** The links every description of the tileset carries: itself, its tiles' template, its TMS. */
function tilesetLinks(collection: CollectionDefinition, base: string) {
  const path = tilesetPath(base, collection)
  return [
    {
      href: path,
      rel: 'self',
      type: MEDIA_TYPES.json,
      title: `Tuiles vectorielles : ${collection.title.fr}`,
    },
    {
      href: `${path}/{tileMatrix}/{tileRow}/{tileCol}`,
      rel: 'item',
      type: MVT_MEDIA_TYPE,
      title: 'Tuile (Mapbox Vector Tile), gabarit d’URL',
    },
    {
      href: `${base}/tileMatrixSets/${WEB_MERCATOR_QUAD}`,
      rel: 'http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme',
      type: MEDIA_TYPES.json,
      title: 'Jeu de matrices WebMercatorQuad',
    },
  ]
}

/**
 * `/collections/{id}/tiles`: the list of the collection's tilesets (one, in WebMercatorQuad).
 * @param base the absolute base URL of the API, without a trailing slash
 */
export function tileSets(collection: CollectionDefinition, base: string): TileSets {
  layerOf(collection)
  const collectionUrl = `${base}/collections/${encodeURIComponent(collection.id)}`
  return TileSetsSchema.parse({
    links: [
      { href: `${collectionUrl}/tiles`, rel: 'self', type: MEDIA_TYPES.json, title: 'Jeux de tuiles' },
      { href: collectionUrl, rel: 'collection', type: MEDIA_TYPES.json, title: collection.title.fr },
    ],
    tilesets: [
      {
        title: collection.title.fr,
        dataType: 'vector',
        crs: EPSG_3857,
        tileMatrixSetURI: WEB_MERCATOR_QUAD_URI,
        links: tilesetLinks(collection, base),
      },
    ],
  })
}

/**
 * `/collections/{id}/tiles/WebMercatorQuad`: the tileset's metadata, with the limits the data reaches.
 * @param bbox the data's CRS84 extent, or null when the collection has no geometry
 */
export function tileSet(
  collection: CollectionDefinition,
  bbox: [number, number, number, number] | null,
  base: string,
): TileSet {
  const layer = layerOf(collection)
  const properties: Record<string, { type: string; title?: string }> = { id: { type: 'string' } }
  for (const name of layer.properties) {
    const property = collection.properties.find((candidate) => candidate.name === name)
    if (property) properties[name] = { type: JSON_TYPES[property.kind], title: property.title.fr }
  }
  const [west, south, east, north] = bbox ?? [-180, -85.0511287798066, 180, 85.0511287798066]
  return TileSetSchema.parse({
    title: collection.title.fr,
    description: collection.description.fr,
    attribution: DATA_ATTRIBUTION,
    dataType: 'vector',
    crs: EPSG_3857,
    tileMatrixSetURI: WEB_MERCATOR_QUAD_URI,
    links: [
      ...tilesetLinks(collection, base),
      {
        href: `${base}/collections/${encodeURIComponent(collection.id)}`,
        rel: 'collection',
        type: MEDIA_TYPES.json,
        title: collection.title.fr,
      },
    ],
    tileMatrixSetLimits: tileMatrixLimits(bbox, layer.minzoom, layer.maxzoom),
    boundingBox: { lowerLeft: [west, south], upperRight: [east, north], crs: CRS84 },
    layers: [
      {
        id: collection.id,
        dataType: 'vector',
        geometryDimension: DIMENSIONS[collection.geometryType],
        minTileMatrix: String(layer.minzoom),
        maxTileMatrix: String(layer.maxzoom),
        propertiesSchema: { type: 'object', properties },
      },
    ],
  })
}
