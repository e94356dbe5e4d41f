import { type CollectionDefinition, type PropertyDefinition, TILE_LAYERS } from '@heritage-watch/shared'
import type { CollectionTable } from '../../collections/collection-tables.ts'
import type { BuiltQuery } from './features.sql.ts'

// The vector tile queries. Both engines select the same features with the same SQL (tileCandidates);
// they differ only in who encodes: ST_AsMVT on a PostGIS server, geojson-vt in the API on PGlite.
// Every value travels as a $n parameter; $1…$6 are the candidates' in both queries.

/** Probes for ST_AsMVT: PGlite's PostGIS has the function but raises "Compiled without protobuf-c support". */
export const MVT_ENGINE_PROBE = `SELECT ST_AsMVT(probe, 'probe') AS mvt FROM (SELECT ST_MakePoint(0, 0) AS geom) AS probe`

/**
 * The version of the data tiles are made from. Data loads are the only writes for now and each one
 * appends a data_load row, so the newest id changes whenever the layers may have changed.
 */
export const DATA_VERSION = `SELECT coalesce(max(id), 0) AS version FROM data_load`

/** The values of the tile queries: the coordinates and what tile-grid.ts derives from the zoom. */
export interface TileQueryValues {
  z: number
  x: number
  y: number
  /** The buffer as a fraction of the tile side (ST_TileEnvelope's margin). */
  margin: number
  minArea: number
  minLineExtent: number
  tolerance: number
  extent: number
  buffer: number
}

const candidateValues = ({ z, x, y, margin, minArea, minLineExtent }: TileQueryValues) => [
  z,
  x,
  y,
  margin,
  minArea,
  minLineExtent,
]

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

/** An MVT value has no arrays and ST_AsMVT writes numeric as text: cast so both engines write alike. */
function tileValue(property: PropertyDefinition): string {
  const column = quote(property.name)
  if (property.kind === 'string[]') return `array_to_string(${column}, ', ') AS ${column}`
  if (property.kind === 'number') return `${column}::double precision AS ${column}`
  return column
}

/** The few properties TILE_LAYERS lists for the collection, as the catalogue declares them. */
function tileProperties(collection: CollectionDefinition): PropertyDefinition[] {
  const names = TILE_LAYERS[collection.id]?.properties ?? []
  return collection.properties.filter((property) => names.includes(property.name))
}

/** The id (always text) and the tile properties, cast for MVT. */
function tileColumns(collection: CollectionDefinition): string[] {
  return ['id::text AS id', ...tileProperties(collection).map(tileValue)]
}

/**
 * The features that reach the tile, in EPSG:3857 as "__mercator". The envelope (tile plus buffer, kept
 * inside the world so it never wraps round the antimeridian) is moved to the storage CRS so the GiST
 * index on geom is used. Points always stay; lines and polygons under the grid's minimum size go.
 */
function tileCandidates(table: CollectionTable, collection: CollectionDefinition): string {
  const where = table.where ? `(${table.where}) AND ` : ''
  return `SELECT * FROM (
      SELECT ${tileColumns(collection).join(', ')}, ST_Transform(geom, 3857) AS "__mercator"
      FROM ${table.table}
      WHERE ${where}geom && ST_Transform(
        ST_ClipByBox2D(ST_TileEnvelope($1, $2, $3, margin => $4::double precision), ST_TileEnvelope(0, 0, 0)),
        4326)
    ) AS reached
    WHERE ST_Dimension("__mercator") = 0
       OR (ST_Dimension("__mercator") = 2 AND ST_Area("__mercator") >= $5::double precision)
       OR (ST_Dimension("__mercator") = 1 AND greatest(ST_XMax("__mercator") - ST_XMin("__mercator"),
             ST_YMax("__mercator") - ST_YMin("__mercator")) >= $6::double precision)`
}

/** The tags of a tile's features, once tileColumns has made them. */
function propertyNames(collection: CollectionDefinition): string {
  return ['id', ...tileProperties(collection).map((property) => property.name)].map(quote).join(', ')
}

/** The whole tile made by PostGIS (ST_AsMVTGeom clips, simplifies and snaps; ST_AsMVT encodes). */
export function buildMvtTileQuery(
  table: CollectionTable,
  collection: CollectionDefinition,
  values: TileQueryValues,
): BuiltQuery {
  return {
    text: `SELECT ST_AsMVT(tile, $9, $7, '__geometry') AS mvt FROM (
        SELECT ${propertyNames(collection)},
               ST_AsMVTGeom("__mercator", ST_TileEnvelope($1, $2, $3), $7, $8, true) AS "__geometry"
        FROM (${tileCandidates(table, collection)}) AS candidate
      ) AS tile
      WHERE "__geometry" IS NOT NULL`,
    values: [...candidateValues(values), values.extent, values.buffer, collection.id],
  }
}

/**
 * The same features as GeoJSON in CRS84 for the fallback encoder, simplified as ST_AsMVTGeom simplifies
 * (ST_RemoveRepeatedPoints then ST_Simplify keeping collapsed parts, at half a tile unit, in EPSG:3857).
 * Eight decimals (about a millimetre) keep rounding far below a tile unit even at zoom 16.
 */
export function buildFallbackFeaturesQuery(
  table: CollectionTable,
  collection: CollectionDefinition,
  values: TileQueryValues,
): BuiltQuery {
  return {
    text: `SELECT ${propertyNames(collection)},
             ST_AsGeoJSON(ST_Transform(ST_Simplify(ST_RemoveRepeatedPoints("__mercator", $7::double precision),
               $7::double precision, true), 4326), 8, 0) AS "__geometry"
      FROM (${tileCandidates(table, collection)}) AS candidate`,
    values: [...candidateValues(values), values.tolerance],
  }
}
