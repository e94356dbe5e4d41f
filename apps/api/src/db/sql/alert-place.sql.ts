import { collectionTable } from '../../collections/collection-tables.ts'
import { featureLabelSql as label } from './feature-labels.sql.ts'

// Where an alert is (issue #4): a drawn geometry checked and stored, a feature-only place as the union
// of its features, and the spatial context of the place. Values travel as $n parameters.

const table = (collectionId: string) => collectionTable(collectionId).table

/**
 * Checks a drawn GeoJSON geometry ($1, CRS84): whether it is valid (and why not), whether the bassin
 * minier covers it, and whether it would if its coordinates were swapped (a [latitude, longitude] mistake).
 * The basin tests only run on a valid geometry, where GEOS cannot fail. A valid geometry comes back as
 * hex EWKB too, so that every later query starts from the same form without another round trip.
 */
export const CHECK_DRAWN_GEOMETRY_SQL = `
WITH drawn AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) AS geom),
basin AS (SELECT ST_Union(geom) AS geom FROM ${table('bassin-minier')})
SELECT ST_IsValid(d.geom) AS valid,
       CASE WHEN NOT ST_IsValid(d.geom) THEN ST_IsValidReason(d.geom) END AS "invalidReason",
       CASE WHEN ST_IsValid(d.geom) THEN ST_CoveredBy(d.geom, b.geom) END AS "inBasin",
       CASE WHEN ST_IsValid(d.geom) THEN ST_CoveredBy(ST_FlipCoordinates(d.geom), b.geom) END AS "inBasinSwapped",
       CASE WHEN ST_IsValid(d.geom) THEN d.geom::text END AS ewkb
FROM drawn AS d CROSS JOIN basin AS b`

/** The union of stored geometries ($1, hex EWKB), as hex EWKB: the place of a feature-only alert. */
export const UNION_OF_GEOMETRIES_SQL = `
SELECT ST_Union(g::geometry)::text AS geometry FROM unnest($1::text[]) AS g`

/** A geometry ($1 hex EWKB) as GeoJSON text with 7 decimals (about 1 cm). */
export const EWKB_TO_GEOJSON_SQL = `SELECT ST_AsGeoJSON($1::geometry, 7) AS geojson`

/**
 * Features, by `$2`'s share threshold (at most 1), that an alert's geometry really overlaps (not by a
 * sliver). A point (dimension 0) that intersects a feature is wholly in it: hw_share gives it 1 whenever
 * the intersection is not empty, so the overlap is not computed for it. That intersection with the buffer
 * zone's large polygon was two thirds of a pinned alert's context (2 of 3.5 ms, issue 12 §4).
 */
function overlapping(alias: string, minShare: string): string {
  return `${alias}.geom && s.geom AND ST_Intersects(${alias}.geom, s.geom)
    AND (ST_Dimension(s.geom) = 0
         OR (SELECT GREATEST(o.share_of_a, o.share_of_b) FROM hw_overlap(s.geom, ${alias}.geom) AS o) >= ${minShare})`
}

/** Property components or elements within $3 metres, nearest first (at most $4), with distances. */
function nearProperty(collectionId: string, label: string): string {
  return `COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', '${collectionId}', 'id', n.id, 'label', n.label,
             'distanceM', n.distance_m, 'contains', n.contains) ORDER BY n.distance_m, n.id)
    FROM (
      SELECT t.id, ${label} AS label, ${overlapping('t', '$2')} AS contains,
             round(ST_Distance(ST_Transform(t.geom, 2154), s.geom_l93)::numeric, 1)::float8 AS distance_m
      FROM ${table(collectionId)} AS t
      WHERE t.geom && ST_Expand(s.geom, $3::float8 / 50000)
        AND ST_DWithin(ST_Transform(t.geom, 2154), s.geom_l93, $3::float8)
      ORDER BY distance_m, t.id
      LIMIT $4
    ) AS n), '[]'::jsonb)`
}

/**
 * The spatial context of an alert's geometry ($1 hex EWKB), as AlertContextSchema: property components
 * and elements within $3 metres (with distances, at most $4 of each), whether it lies in the property
 * or the buffer zone, the sites classés and inscrits it touches (a servitude applies to its very edge),
 * the terrils, ERBM cités and communes it overlaps by at least $2 of either geometry
 * (the upstream layers were simplified to about 10 m, so neighbours overlap by slivers; see
 * feature-context-repo.ts). Distances are in Lambert-93, as everywhere in the API.
 */
export const ALERT_CONTEXT_SQL = `
WITH s AS (SELECT geom, ST_Transform(geom, 2154) AS geom_l93 FROM (SELECT $1::geometry AS geom) AS given)
SELECT jsonb_build_object(
  'components', ${nearProperty('bien-inscrit-composantes', label('bien-inscrit-composantes'))},
  'elements', ${nearProperty('bien-inscrit-elements', label('bien-inscrit-elements'))},
  'inProperty', EXISTS (SELECT 1 FROM ${table('bien-inscrit-composantes')} AS t WHERE ${overlapping('t', '$2')}),
  'inBufferZone', EXISTS (SELECT 1 FROM ${table('zone-tampon')} AS t WHERE ${overlapping('t', '$2')}),
  'terrils', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', 'terrils', 'id', t.id,
             'label', ${label('terrils')}, 'numero', t.numero,
             'classement2016', t.classement_2016, 'classement2016Methode', t.classement_2016_methode)
           ORDER BY t.numero, t.id)
    FROM ${table('terrils')} AS t WHERE ${overlapping('t', '$2')}), '[]'::jsonb),
  'protectedSites', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', 'sites-classes-inscrits', 'id', t.id, 'label', ${label('sites-classes-inscrits')},
             'typesite', t.typesite, 'chaineDesTerrils', t.chaine_des_terrils,
             'share', round((SELECT o.share_of_a FROM hw_overlap(s.geom, t.geom) AS o)::numeric, 3)::float8)
           ORDER BY t.chaine_des_terrils DESC, t.nomgen, t.id)
    FROM ${table('sites-classes-inscrits')} AS t WHERE t.geom && s.geom AND ST_Intersects(t.geom, s.geom)), '[]'::jsonb),
  'erbmCites', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', 'cites-erbm', 'id', t.id,
             'label', ${label('cites-erbm')}, 'prioriteErbm', t.priorite_erbm,
             'statutUnesco', t.statut_unesco) ORDER BY t.id)
    FROM ${table('cites-erbm')} AS t WHERE ${overlapping('t', '$2')}), '[]'::jsonb),
  'communes', COALESCE((
    SELECT jsonb_agg(jsonb_build_object('collection', 'communes', 'id', t.id, 'label', ${label('communes')}) ORDER BY t.nom)
    FROM ${table('communes')} AS t WHERE ${overlapping('t', '$2')}), '[]'::jsonb)
) AS context
FROM s`
