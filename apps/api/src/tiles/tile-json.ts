import {
  type CollectionDefinition,
  DATA_ATTRIBUTION,
  type PropertyKind,
  TILE_LAYERS,
  type TileJson,
  TileJsonSchema,
} from '@heritage-watch/shared'

/** TileJSON field types (the vector_layers convention MapLibre and Mapbox tools read). */
const FIELD_TYPES: Record<PropertyKind, 'String' | 'Number' | 'Boolean'> = {
  string: 'String',
  'string[]': 'String', // joined into one string: MVT values cannot be arrays (db/sql/tiles.sql.ts)
  integer: 'Number',
  number: 'Number',
  boolean: 'Boolean',
}

/** The Web Mercator world, for a collection that has no geometry yet. */
const WORLD_BOUNDS: [number, number, number, number] = [-180, -85.051129, 180, 85.051129]

/**
 * The TileJSON 3.0.0 document of a collection's vector tiles, checked against the shared schema.
 * @param collection the catalogue's collection
 * @param bbox its CRS84 extent from the database, or null when it has no geometry
 * @param base the absolute base URL of the API, without a trailing slash
 * @example tileJson(findCollection('terrils'), [2.5, 50.3, 3.6, 50.6], 'https://example.org')
 */
export function tileJson(
  collection: CollectionDefinition,
  bbox: [number, number, number, number] | null,
  base: string,
): TileJson {
  const layer = TILE_LAYERS[collection.id]
  if (!layer) throw new Error(`collection ${collection.id} has no tile layer`)
  const fields: Record<string, string> = { id: 'String' }
  for (const name of layer.properties) {
    const property = collection.properties.find((candidate) => candidate.name === name)
    if (property) fields[name] = FIELD_TYPES[property.kind]
  }
  return TileJsonSchema.parse({
    tilejson: '3.0.0',
    name: collection.title.fr,
    description: collection.description.fr,
    attribution: DATA_ATTRIBUTION,
    tiles: [`${base}/tiles/${encodeURIComponent(collection.id)}/{z}/{x}/{y}`],
    minzoom: layer.minzoom,
    maxzoom: layer.maxzoom,
    bounds: bbox ?? WORLD_BOUNDS,
    vector_layers: [{ id: collection.id, fields, minzoom: layer.minzoom, maxzoom: layer.maxzoom }],
  })
}
