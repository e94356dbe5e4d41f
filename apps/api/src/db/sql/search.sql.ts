import { collectionTable } from '../../collections/collection-tables.ts'
import { featureLabelSql as label } from './feature-labels.sql.ts'

// The search query (GET /search). Tables and their fixed filters come from collection-tables.ts; every
// value travels as a $n parameter. hw_fold and hw_commune_match are in migrations/0004_search.sql,
// hw_search_fold and hw_match_rank in migrations/0014_search_quality.sql.

const TERRIL_TABLE = collectionTable('terrils').table
const ELEMENT_TABLE = collectionTable('bien-inscrit-elements').table

/** `FROM <table> AS t, query` with the collection's fixed filter and an extra condition, if any. */
function from(collectionId: string, condition?: string): string {
  const { table, where } = collectionTable(collectionId)
  const conditions = [where, condition].filter(Boolean)
  return `FROM ${table} AS t CROSS JOIN query${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`
}

/** A readable list of at most three communes, or NULL when there is none (concat_ws then skips it). */
function communes(column: string): string {
  return `NULLIF(array_to_string(${column}[1:3], ', ')
    || CASE WHEN cardinality(${column}) > 3 THEN '…' ELSE '' END, '')`
}

/**
 * Match quality, lower is better: an identifier (0), then a name (1 starts with the text, 2 a word of
 * it does, 3 the text lies inside a word), then a commune (4). NULL: no match.
 */
function rank(identifier: string, names: string[], communeList: string | null): string {
  const byName = names.map((name) => `hw_match_rank(${name}, q_folded)`).join(', ')
  const byCommune = communeList ? `, CASE WHEN hw_commune_match(${communeList}, q_folded) THEN 4 END` : ''
  return `CASE WHEN ${identifier} THEN 0 ELSE COALESCE(LEAST(${byName})${byCommune}) END`
}

/**
 * One row per real site, best first: rank, then (for identifiers) the priority, then the label.
 * A UNESCO element and the records that stand for it are one site, keyed by the element's id: a terril
 * of the property (`element_unesco`), a grand site and an endangered site (their `element_unesco`). The
 * site matches on any of its records, is shown as its first record in ROLE order (terril, endangered
 * site, grand site, element) and lists every record as a role. Other records are sites on their own.
 * On an identifier the terril named by its HBNPC number comes first (priority 1); a terril reached by
 * its element's UNESCO id comes next (priority 2, as the elements): "74A" is both terril n° 74A (11/19
 * de Lens Ouest, element 63AG) and element 74A (terril n° 80, Abattoir Pont Ampère), two real sites.
 * Only whole collections are searched, never their fixed-filter views (bien-inscrit-batis,
 * zone-tampon-terrils…), so that a feature is not listed twice under one record.
 * $1 the text as typed, $2 the identifier the text may be (upper-cased, or NULL for a terril-only
 * text), $3 the HBNPC terril number or NULL, $4 the component number or NULL, $5 the limit, $6 the
 * offset. `total` counts every matching site, for paging.
 */
export const SEARCH_SQL = `
WITH query AS (
  -- NULLIF: a text that folds to nothing ("-", "'") must match no name rather than every name.
  SELECT NULLIF(hw_search_fold($1::text), '') AS q_folded, $2::text AS q_id,
         $3::text AS q_terril, $4::text AS q_component
),
candidates AS (
  SELECT 'terrils' AS collection, CASE WHEN t.numero = q_terril THEN 1 ELSE 2 END AS priority, t.id,
    ${label('terrils')} AS label,
    concat_ws(' · ',
      'Terril ' || t.numero || CASE t.zone WHEN 'bien_inscrit' THEN ' (bien inscrit)' ELSE ' (zone tampon)' END,
      'élément ' || e.id || ' du bien',
      ${communes('t.communes')}) AS detail,
    ${rank('(t.numero = q_terril OR upper(e.id) = q_id)', ['t.nom', 't.nom_usuel', 'e.nom', 'e.nom_2'], 't.communes')} AS rank,
    COALESCE('element:' || e.id, 'terrils:' || t.id) AS site_key, 1 AS role_order, t.geom
  FROM ${TERRIL_TABLE} AS t LEFT JOIN ${ELEMENT_TABLE} AS e ON e.id = t.element_unesco CROSS JOIN query
  UNION ALL
  SELECT 'bien-inscrit-elements', 2, t.id, ${label('bien-inscrit-elements')},
    concat_ws(' · ', CASE t.categorie WHEN 'bati' THEN 'Bâti' WHEN 'cite_miniere' THEN 'Cité minière'
      WHEN 'terril' THEN 'Terril' WHEN 'cavalier' THEN 'Cavalier' ELSE 'Espace néonaturel' END
      || COALESCE(' (' || t.typologie || ')', ''), ${communes('t.communes')}),
    ${rank('(upper(t.id) = q_id OR t.numero_terril = q_terril)', ['t.nom', 't.nom_2'], 't.communes')},
    'element:' || t.id, 4, t.geom
  ${from('bien-inscrit-elements')}
  UNION ALL
  SELECT 'bien-inscrit-composantes', 3, t.id, ${label('bien-inscrit-composantes')},
    concat_ws(' · ', 'Composante ' || t.id || ' du bien', ${communes('t.communes')}),
    ${rank('t.id = q_component', ['t.nom'], 't.communes')}, 'bien-inscrit-composantes:' || t.id, 1, t.geom
  ${from('bien-inscrit-composantes')}
  UNION ALL
  SELECT 'sites-en-danger', 4, t.id, ${label('sites-en-danger')}, concat_ws(' · ', 'Patrimoine minier en danger', t.commune),
    ${rank('upper(t.id) = q_id', ['t.nom'], 'ARRAY[t.commune]')}, 'element:' || t.element_unesco, 2, t.geom
  ${from('sites-en-danger')}
  UNION ALL
  SELECT 'grands-sites', 5, t.id, ${label('grands-sites')}, concat_ws(' · ', 'Grand site minier', t.commune),
    ${rank('upper(t.id) = q_id', ['t.nom'], 'ARRAY[t.commune]')}, 'element:' || t.element_unesco, 3, t.geom
  ${from('grands-sites')}
  UNION ALL
  SELECT 'zone-tampon-cites', 6, t.id, ${label('zone-tampon-cites')},
    concat_ws(' · ', 'Cité minière (zone tampon)', ${communes('t.communes')}),
    ${rank('false', ['t.nom', 't.nom_2'], 't.communes')}, 'zone-tampon-cites:' || t.id, 1, t.geom
  ${from('zone-tampon-cites')}
  UNION ALL
  SELECT 'cites-erbm', 7, t.id, ${label('cites-erbm')},
    concat_ws(' · ', 'Cité de l’ERBM', ${communes('t.communes')}),
    ${rank('false', ['t.nom', 't.nom_2'], 't.communes')}, 'cites-erbm:' || t.id, 1, t.geom
  ${from('cites-erbm')}
  UNION ALL
  SELECT 'cites-minieres-hors-bien', 8, t.id, ${label('cites-minieres-hors-bien')},
    concat_ws(' · ', 'Cité minière (hors bien)', ${communes('t.communes')}),
    ${rank('false', ['t.nom', 't.nom_2'], 't.communes')}, 'cites-minieres-hors-bien:' || t.id, 1, t.geom
  ${from('cites-minieres-hors-bien')}
  UNION ALL
  SELECT 'communes', 9, t.id, ${label('communes')},
    concat_ws(' · ', 'Commune',
      (SELECT d.nom FROM ${collectionTable('departements').table} AS d WHERE d.id = t.departement)),
    ${rank('t.id = q_id', ['t.nom'], null)}, 'communes:' || t.id, 1, t.geom
  ${from('communes')}
  UNION ALL
  SELECT 'sites-classes-inscrits', 11, t.id, ${label('sites-classes-inscrits')},
    concat_ws(' · ', t.typesite || CASE WHEN t.chaine_des_terrils THEN ' (chaîne des terrils, 2016)' ELSE '' END,
      ${communes('t.communes')}),
    ${rank('false', ['t.nomgen'], 't.communes')}, 'sites-classes-inscrits:' || t.id, 1, t.geom
  ${from('sites-classes-inscrits')}
  UNION ALL
  SELECT 'puits-de-mines', 10, t.id, ${label('puits-de-mines')},
    concat_ws(' · ', 'Puits de mine', t.commune),
    ${rank('t.id = q_id', ['t.fosse', 't.fosse_alias'], 'ARRAY[t.commune]')}, 'puits-de-mines:' || t.id, 1, t.geom
  ${from('puits-de-mines')}
),
sites AS (
  SELECT site_key, min(rank) AS rank, min(priority) FILTER (WHERE rank = 0) AS id_priority,
         jsonb_agg(jsonb_build_object('collection', collection, 'id', id) ORDER BY role_order, collection, id)
           AS roles
  FROM candidates
  GROUP BY site_key
  HAVING min(rank) IS NOT NULL
),
shown AS (
  SELECT DISTINCT ON (site_key) site_key, collection, id, label, detail, priority, geom
  FROM candidates
  ORDER BY site_key, role_order, collection, id
)
SELECT shown.collection, shown.id, shown.label, shown.detail, sites.rank, sites.roles,
       count(*) OVER () AS total,
       ST_XMin(shown.geom) AS min_x, ST_YMin(shown.geom) AS min_y,
       ST_XMax(shown.geom) AS max_x, ST_YMax(shown.geom) AS max_y
FROM sites JOIN shown USING (site_key)
ORDER BY sites.rank, sites.id_priority, hw_fold(shown.label), shown.label, shown.priority, shown.id
LIMIT $5 OFFSET $6`

/**
 * Which of the given points lie in the mining basin (or within about 1 km of it, for an address on its
 * edge), so that the address service's answers stay in the area the map covers.
 * $1 longitudes, $2 latitudes (same length); returns the 1-based `position` of each point kept.
 */
export const POINTS_IN_BASIN_SQL = `
SELECT point.position::integer AS position
FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS point(lon, lat, position)
WHERE EXISTS (
  SELECT 1 FROM ${collectionTable('bassin-minier').table} AS b
  WHERE ST_DWithin(b.geom, ST_SetSRID(ST_MakePoint(point.lon, point.lat), 4326), 0.01)
)
ORDER BY point.position`

/** A point inside the mining basin, near its middle: the address service favours answers near it. */
export const BASIN_CENTRE_SQL = `
SELECT ST_X(centre) AS lon, ST_Y(centre) AS lat
FROM (SELECT ST_PointOnSurface(ST_Union(geom)) AS centre FROM ${collectionTable('bassin-minier').table}) AS basin
WHERE centre IS NOT NULL`
