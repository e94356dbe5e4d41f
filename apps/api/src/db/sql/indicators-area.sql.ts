// The area and period every indicators query starts from. Parameters shared by all of them:
// $1 area kind (IndicatorAreaKind), $2 commune INSEE or EPCI SIREN, $3 drawn polygon (GeoJSON text),
// $4 first day, $5 last day of the period (dates, inclusive; NULL when open). Days are French days.

/** The geometries of the area, one row each (none for the basin, which is never filtered on). */
export const AREA_CTE = `
area AS (
  SELECT geom FROM commune WHERE $1::text = 'commune' AND id = $2::text
  UNION ALL SELECT geom FROM epci WHERE $1::text = 'epci' AND id = $2::text
  UNION ALL SELECT geom FROM property_component WHERE $1::text = 'bien'
  UNION ALL SELECT geom FROM buffer_zone WHERE $1::text = 'zone-tampon'
  UNION ALL SELECT ST_SetSRID(ST_GeomFromGeoJSON($3::text), 4326) WHERE $1::text = 'polygone'
),
-- Named even where unused, so that every query takes the same five parameters.
period AS (SELECT $4::date AS first_day, $5::date AS last_day)`

/**
 * Whether `geometry` lies (at least partly) in the area. Everything recorded is in the basin, so the
 * basin needs no spatial test; the others go through the layers' GiST indexes.
 */
export const inArea = (geometry: string) =>
  `($1::text = 'bassin' OR EXISTS (
    SELECT 1 FROM area WHERE area.geom && ${geometry} AND ST_Intersects(area.geom, ${geometry})))`

/** The period's bounds as instants, so that a timestamp column is compared without a cast per row. */
export const PERIOD_START = `COALESCE(($4::date)::timestamp AT TIME ZONE 'Europe/Paris', '-infinity')`
export const PERIOD_END = `COALESCE(($5::date + 1)::timestamp AT TIME ZONE 'Europe/Paris', 'infinity')`
/** Whether a date column falls in the period. */
export const inPeriod = (column: string) =>
  `(${column} >= COALESCE($4::date, '-infinity') AND ${column} <= COALESCE($5::date, 'infinity'))`

/** The area's name, or no row when the commune or EPCI does not exist. */
export const AREA_LABEL_SQL = `
SELECT nom AS label FROM commune WHERE $1::text = 'commune' AND id = $2::text
UNION ALL SELECT nom FROM epci WHERE $1::text = 'epci' AND id = $2::text`

/**
 * A drawn polygon ($1 GeoJSON) checked by PostGIS: valid, inside the basin, and not a
 * [latitude, longitude] mistake.
 */
export const CHECK_AREA_POLYGON_SQL = `
WITH drawn AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) AS geom),
basin AS (SELECT ST_Union(geom) AS geom FROM mining_basin)
SELECT ST_IsValid(d.geom) AS valid,
       CASE WHEN NOT ST_IsValid(d.geom) THEN ST_IsValidReason(d.geom) END AS "invalidReason",
       CASE WHEN ST_IsValid(d.geom) THEN ST_CoveredBy(d.geom, b.geom) END AS "inBasin",
       CASE WHEN ST_IsValid(d.geom) THEN ST_CoveredBy(ST_FlipCoordinates(d.geom), b.geom) END AS "inBasinSwapped"
FROM drawn AS d CROSS JOIN basin AS b`

/** The communes and EPCIs of the basin, by name, for the area picker. */
export const AREA_CHOICES_SQL = `
SELECT 'commune' AS kind, id AS code, nom AS name FROM commune
UNION ALL SELECT 'epci', id, nom FROM epci
ORDER BY name, code`
