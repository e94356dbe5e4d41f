import { type CollectionDefinition, CRS_DETAILS, type ItemsQuery } from '@heritage-watch/shared'
import type { CollectionTable } from '../../collections/collection-tables.ts'
import { quote } from './feature-json.sql.ts'
import { type BuiltQuery, whereClause } from './features.sql.ts'

// The queries of the file exports (f=csv, f=gpkg): the same WHERE and order as the items pages, the
// geometry as WKT (CSV) or little-endian WKB with its envelope (GeoPackage), read in batches.

/**
 * One batch of an export, `batchOffset`/`batchSize` within the query's own offset. The geometry is
 * written x = longitude/easting in every CRS, as GIS files do (GeoPackage, CSV WKT read by GDAL/QGIS).
 */
export function buildExportBatchQuery(
  table: CollectionTable,
  collection: CollectionDefinition,
  query: ItemsQuery,
  batch: { offset: number; size: number },
): BuiltQuery {
  const values: unknown[] = []
  const where = whereClause(table, collection, query, values)
  const names = collection.properties
    .map((property) => property.name)
    .filter((name) => !query.properties || query.properties.includes(name))
  const srid = CRS_DETAILS[query.crs].srid
  const geometry = srid === 4326 ? 'geom' : `ST_Transform(geom, ${srid})`
  const order = [
    ...query.sortby.map((term) => `${quote(term.name)} ${term.descending ? 'DESC' : 'ASC'} NULLS LAST`),
    'id ASC',
  ]
  values.push(batch.size, batch.offset)
  return {
    text: `SELECT id, ${names.map(quote).join(', ')}${names.length ? ',' : ''}
                  ST_AsText(__geom, ${srid === 4326 ? 7 : 3}) AS "__wkt", ST_AsBinary(__geom, 'NDR') AS "__wkb",
                  GeometryType(__geom) AS "__type", ST_XMin(__geom) AS "__min_x", ST_XMax(__geom) AS "__max_x",
                  ST_YMin(__geom) AS "__min_y", ST_YMax(__geom) AS "__max_y"
           FROM (SELECT *, ${geometry} AS __geom FROM ${table.table}${where}
                 ORDER BY ${order.join(', ')} LIMIT $${values.length - 1} OFFSET $${values.length}) AS page
           ORDER BY ${order.join(', ')}`,
    values,
  }
}

/** The definition of a CRS as PostGIS knows it, for gpkg_spatial_ref_sys. */
export const SPATIAL_REF_SYS_DEFINITION = `SELECT srtext FROM spatial_ref_sys WHERE srid = $1`

/** GeoJSON geometries (CRS84) of features made elsewhere (the private collections) as an export writes them. */
export const GEOMETRIES_FROM_GEOJSON = `
SELECT ST_AsText(g, 7) AS "__wkt", ST_AsBinary(g, 'NDR') AS "__wkb", GeometryType(g) AS "__type",
       ST_XMin(g) AS "__min_x", ST_XMax(g) AS "__max_x", ST_YMin(g) AS "__min_y", ST_YMax(g) AS "__max_y"
FROM unnest($1::text[]) WITH ORDINALITY AS given(json, position)
CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_GeomFromGeoJSON(json), 4326) AS g) AS geometry
ORDER BY position`
