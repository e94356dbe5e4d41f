import { collectionTable } from '../../collections/collection-tables.ts'
import { featureLabelSql as label, LAYERS_LISTED_INSIDE_A_SITE } from './feature-labels.sql.ts'

// The queries behind GET /collections/{collectionId}/items/{featureId}/context. Tables and their fixed
// filters come from collection-tables.ts; values travel as $n parameters. The two spatial queries start
// from any geometry (a stored feature's, or a GeoJSON one drawn by a user), so that the alerts can reuse
// them. hw_overlap is in migrations/0004_search.sql.

/** The feature's geometry as hex EWKB (lossless, unlike GeoJSON) and its columns as JSON. $1 the id. */
export function subjectQuery(collectionId: string): string {
  const { table, where } = collectionTable(collectionId)
  return `SELECT t.geom::text AS geometry, to_jsonb(t) - 'geom' AS properties
          FROM ${table} AS t WHERE ${where ? `(${where}) AND ` : ''}t.id = $1`
}

/**
 * The geometry everything is compared with: $1 hex EWKB, or else $2 a GeoJSON geometry in CRS84, and its
 * Lambert-93 copy for distances in metres.
 * $3 and $4 name the subject's own table and id (NULL for a drawn geometry), so it is not its own neighbour.
 */
const SUBJECT = `subject AS (
  SELECT geom, ST_Transform(geom, 2154) AS geom_l93
  FROM (SELECT COALESCE($1::geometry, ST_SetSRID(ST_GeomFromGeoJSON($2::text), 4326)) AS geom) AS given
)`

/** Joins a collection's table to the subject, with its fixed filter, leaving the subject itself out. */
function join(collectionId: string, on: string, lateral = ''): string {
  const { table, where } = collectionTable(collectionId)
  return `FROM subject AS s JOIN ${table} AS t ON ${where ? `(${where}) AND ` : ''}${on}${lateral}
    WHERE NOT COALESCE($3::text = '${table}' AND t.id = $4::text, false)`
}

function overlapBranch(kind: string, collectionId: string, label: string, facts = "'{}'::jsonb"): string {
  // In FROM, not as (hw_overlap(…)).* in the select list, which would compute the intersection twice.
  return `SELECT '${kind}' AS kind, '${collectionId}' AS collection, t.id, ${label} AS label, ${facts} AS facts,
      overlap.share_of_a, overlap.share_of_b
    ${join(
      collectionId,
      't.geom && s.geom AND ST_Intersects(t.geom, s.geom)',
      ' CROSS JOIN LATERAL hw_overlap(s.geom, t.geom) AS overlap',
    )}`
}

/**
 * What the subject overlaps: property components, buffer-zone polygons, sites classés and inscrits
 * (the 2016 chain of terrils among them), ERBM cités and communes. An overlap counts when it covers at
 * least $5 of either geometry: the upstream simplification (about 10 m) makes neighbours overlap by
 * slivers. A protected site counts as soon as it touches: a servitude applies at its very edge, and the
 * service says "touche" rather than "dans" for such a contact.
 * `subject_share` is the share of the subject inside the other feature.
 */
export const CONTEXT_OVERLAPS_SQL = `
WITH ${SUBJECT},
overlapping AS (
  ${overlapBranch('component', 'bien-inscrit-composantes', label('bien-inscrit-composantes'))}
  UNION ALL
  ${overlapBranch('buffer_zone', 'zone-tampon', label('zone-tampon'))}
  UNION ALL
  ${overlapBranch(
    'protected_site',
    'sites-classes-inscrits',
    label('sites-classes-inscrits'),
    `jsonb_build_object('typesite', t.typesite, 'idsup', t.idsup, 'datecrea', t.datecrea,
       'chaine_des_terrils', t.chaine_des_terrils)`,
  )}
  UNION ALL
  ${overlapBranch(
    'erbm',
    'cites-erbm',
    label('cites-erbm'),
    `jsonb_build_object('statut_unesco', t.statut_unesco, 'priorite_erbm', t.priorite_erbm,
       'part_dans_bien', t.part_dans_bien)`,
  )}
  UNION ALL
  ${overlapBranch('commune', 'communes', label('communes'))}
)
SELECT kind, collection, id, label, facts, share_of_a AS subject_share
FROM overlapping
WHERE GREATEST(share_of_a, share_of_b) >= $5 OR kind = 'protected_site'
ORDER BY kind, share_of_a DESC, label, id`

function nearbyBranch(relation: string, collectionId: string): string {
  // The bounding-box test lets the GiST index on geom work before the exact distance; one degree of
  // longitude is more than 50 km anywhere south of 63° N, so radius / 50 km degrees is wide enough.
  return `SELECT '${relation}' AS relation, '${collectionId}' AS collection, t.id, ${label(collectionId)} AS label,
      ST_Distance(ST_Transform(t.geom, 2154), s.geom_l93) AS distance_m
    ${join(
      collectionId,
      `t.geom && ST_Expand(s.geom, $5::float8 / 50000)
        AND ST_DWithin(ST_Transform(t.geom, 2154), s.geom_l93, $5::float8)`,
    )}`
}

/**
 * What lies near a feature, by relation, and the layers each relation reads: every layer of features
 * (issue #10: "the nearby list covers every layer within 500 m, as the alert context does"). Terrils of
 * the property are read once, from `terrils`; the property's other elements through their views.
 */
const NEARBY_LAYERS: Record<string, readonly string[]> = {
  terril_proche: ['terrils'],
  element_proche: ['bien-inscrit-batis', 'bien-inscrit-cavaliers', 'bien-inscrit-espaces-neonaturels'],
  cite_proche: ['bien-inscrit-cites', 'zone-tampon-cites', 'cites-erbm', 'cites-minieres-hors-bien'],
  zone_tampon_proche: [
    'zone-tampon-cavaliers',
    'zone-tampon-espaces-neonaturels',
    'zone-tampon-parvis-agricoles',
  ],
  site_en_danger_proche: ['sites-en-danger'],
  grand_site_proche: ['grands-sites'],
  puits_proche: ['puits-de-mines'],
}

/**
 * Features of every layer within $5 metres of the subject, nearest first, at most $6 of each relation;
 * 0 when the geometries touch. Distances are measured in Lambert-93 (EPSG:2154), like the loader's
 * part_dans_bien: in the basin it reads 0.13–0.16 % longer than the spheroid (under 1 m at 500 m), and it
 * is 3 to 5 times faster than geography on a large component such as 63.
 */
export const CONTEXT_NEARBY_SQL = `
WITH ${SUBJECT},
nearby AS (
  ${Object.entries(NEARBY_LAYERS)
    .flatMap(([relation, layers]) => layers.map((layer) => nearbyBranch(relation, layer)))
    .join('\n  UNION ALL\n  ')}
),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY relation ORDER BY distance_m, label, collection, id) AS position
  FROM nearby
)
SELECT relation, collection, id, label, round(distance_m::numeric, 1)::float8 AS distance_m
FROM ranked
WHERE position <= $6
ORDER BY relation DESC, position`

const COMPONENTS = collectionTable('bien-inscrit-composantes').table
const ELEMENTS = collectionTable('bien-inscrit-elements').table

/**
 * Links inside the property, by id: $1 the component an element belongs to ('composante'), $2 a
 * component whose elements are listed ('element', in UNESCO order: 63, 63A…63Z, 63AA…), $3 the element that
 * carries another record, such as a site at risk or an inscribed terril ('via_element').
 */
export const PROPERTY_LINKS_SQL = `
SELECT 'composante' AS link, 'bien-inscrit-composantes' AS collection, id,
       COALESCE(nom, 'Composante ' || id) AS label, 0::bigint AS position
FROM ${COMPONENTS} WHERE id = $1::text
UNION ALL
SELECT 'element', 'bien-inscrit-elements', id, COALESCE(nom, nom_2, 'Élément ' || id),
       row_number() OVER (ORDER BY substring(id FROM '^[0-9]+')::int, length(id), id)
FROM ${ELEMENTS} WHERE composante = $2::text
UNION ALL
SELECT 'via_element', 'bien-inscrit-elements', id, COALESCE(nom, nom_2, 'Élément ' || id), 0
FROM ${ELEMENTS} WHERE id = $3::text
ORDER BY link, position`

/**
 * The features of our layers that lie in a protected site ($1 its hex EWKB): at least $2 of the feature
 * inside it (a point is inside or not), at most $3 per layer, the most inside first.
 */
export const FEATURES_INSIDE_SQL = `
WITH s AS (SELECT $1::geometry AS geom),
inside AS (
  ${LAYERS_LISTED_INSIDE_A_SITE.map((collectionId) => {
    const { table, where } = collectionTable(collectionId)
    return `SELECT '${collectionId}' AS collection, t.id, ${label(collectionId)} AS label, o.share_of_b AS share
    FROM s JOIN ${table} AS t ON ${where ? `(${where}) AND ` : ''}t.geom && s.geom AND ST_Intersects(t.geom, s.geom)
    CROSS JOIN LATERAL hw_overlap(s.geom, t.geom) AS o
    WHERE o.share_of_b >= $2`
  }).join('\n  UNION ALL\n  ')}
),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY collection ORDER BY share DESC, label, id) AS position FROM inside
)
SELECT collection, id, label FROM ranked WHERE position <= $3
ORDER BY array_position(ARRAY[${LAYERS_LISTED_INSIDE_A_SITE.map((id) => `'${id}'`).join(', ')}], collection), position`
