import type { CollectionTable } from '../../collections/collection-tables.ts'

// The map extract of a fiche-bilan (issue #10 §4), drawn on the server as SVG paths written by PostGIS
// (ST_AsSVG: absolute coordinates, y negated as SVG wants), in Lambert-93 so that metres are metres and
// the scale bar is true. No tiles: the sheet must print the same offline and in the PDF engine.

/**
 * The feature $1 of one table in Lambert-93, and the frame around it: its box grown by 40 %, at least $2
 * metres wide, with the aspect $3 (width / height). The table and its fixed condition come from the
 * catalogue's map (collection-tables.ts), never from input. The feature's outline is simplified to a
 * thousandth of the frame, finer than the printed line.
 */
export function sheetFrameSql(table: CollectionTable): string {
  return `
WITH f AS (
  SELECT ST_Transform(geom, 2154) AS g FROM "${table.table}"
  WHERE id = $1${table.where ? ` AND ${table.where}` : ''}
),
size AS (
  SELECT g, (ST_XMin(g) + ST_XMax(g)) / 2 AS cx, (ST_YMin(g) + ST_YMax(g)) / 2 AS cy,
    GREATEST((ST_XMax(g) - ST_XMin(g)) * 1.4, (ST_YMax(g) - ST_YMin(g)) * 1.4 * $3::float8, $2::float8) AS w
  FROM f
)
SELECT cx - w / 2 AS "xMin", cy - w / $3::float8 / 2 AS "yMin",
       cx + w / 2 AS "xMax", cy + w / $3::float8 / 2 AS "yMax",
       ST_Dimension(g) AS dimension,
       ST_AsSVG(ST_SimplifyPreserveTopology(g, w / 1000), 0, 1) AS path,
       ST_X(ST_PointOnSurface(g)) AS x, -ST_Y(ST_PointOnSurface(g)) AS y
FROM size`
}

/**
 * What the frame ($1 xmin, $2 ymin, $3 xmax, $4 ymax in Lambert-93) shows of the property and its buffer
 * zone: the buffer zone, the property's components and elements, clipped to the frame and simplified to
 * a thousandth of its width. The frame is moved to 4326 (and grown by about 200 m, since a reprojected
 * rectangle is not one) to query the GiST indexes on geom, never the columns to 2154.
 */
export const SHEET_MAP_LAYERS_SQL = `
WITH q AS (
  SELECT ST_MakeEnvelope($1, $2, $3, $4, 2154) AS l93,
         ST_Expand(ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, 2154), 4326), 0.002) AS wgs,
         ($3::float8 - $1::float8) / 1000 AS tolerance
),
shapes AS (
  SELECT 'zone_tampon' AS layer, 1 AS rank, b.geom FROM buffer_zone AS b, q WHERE b.geom && q.wgs
  UNION ALL
  SELECT 'composante', 2, c.geom FROM property_component AS c, q WHERE c.geom && q.wgs
  UNION ALL
  SELECT 'element', 3, e.geom FROM property_element AS e, q WHERE e.geom && q.wgs
),
clipped AS (
  SELECT layer, rank,
         ST_ClipByBox2D(ST_SimplifyPreserveTopology(ST_Transform(s.geom, 2154), q.tolerance), q.l93) AS g
  FROM shapes AS s, q
)
SELECT layer, ST_Dimension(g) AS dimension, ST_AsSVG(g, 0, 1) AS path
FROM clipped
WHERE NOT ST_IsEmpty(g)
ORDER BY rank`
