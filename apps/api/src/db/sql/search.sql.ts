import { collectionTable } from '../../collections/collection-tables.ts'
import { featureLabelSql as label } from './feature-labels.sql.ts'

// The search query (GET /search). Tables and their fixed filters come from collection-tables.ts; every
// value travels as a $n parameter. hw_fold, hw_name_rank and hw_commune_match are in
// migrations/0004_search.sql.

/** `FROM <table> AS t, query` with the collection's fixed filter, if any. */
function from(collectionId: string): string {
  const { table, where } = collectionTable(collectionId)
  return `FROM ${table} AS t CROSS JOIN query${where ? ` WHERE ${where}` : ''}`
}

/** A readable list of at most three communes, or NULL when there is none (concat_ws then skips it). */
function communes(column: string): string {
  return `NULLIF(array_to_string(${column}[1:3], ', ')
    || CASE WHEN cardinality(${column}) > 3 THEN '…' ELSE '' END, '')`
}

/** Identifier match first (0), then the name (1 prefix, 2 contains), then the commune (3). */
function rank(identifier: string, names: string[], communeList: string | null): string {
  const byName = names.map((name) => `hw_name_rank(${name}, q_folded)`).join(', ')
  const byCommune = communeList ? `, CASE WHEN hw_commune_match(${communeList}, q_folded) THEN 3 END` : ''
  return `CASE WHEN ${identifier} THEN 0 ELSE COALESCE(LEAST(${byName})${byCommune}) END`
}

/**
 * One row per matching feature, best first: rank, then (for identifiers) the collection's priority, then
 * the label. Terrils come before elements on an identifier, because "74A" names the terril of the
 * `terrils` layer (with its 2016 status) and the element carrying the same HBNPC number is its UNESCO
 * record, listed next. Only whole collections are searched, never their fixed-filter views
 * (bien-inscrit-batis, zone-tampon-terrils…), so that a feature is not listed twice under one record.
 * $1 the text as typed, $2 the text upper-cased (element and shaft ids, INSEE codes),
 * $3 the HBNPC terril number or NULL, $4 the component number or NULL, $5 the limit.
 */
export const SEARCH_SQL = `
WITH query AS (
  -- NULLIF: a text that folds to nothing ("-", "'") must match no name rather than every name.
  SELECT NULLIF(hw_fold($1::text), '') AS q_folded, $2::text AS q_id,
         $3::text AS q_terril, $4::text AS q_component
),
candidates AS (
  SELECT 'terrils' AS collection, 1 AS priority, t.id,
    ${label('terrils')} AS label,
    concat_ws(' · ',
      'Terril ' || t.numero || CASE t.zone WHEN 'bien_inscrit' THEN ' (bien inscrit)' ELSE ' (zone tampon)' END,
      ${communes('t.communes')}) AS detail,
    ${rank('t.numero = q_terril', ['t.nom', 't.nom_usuel'], 't.communes')} AS rank, t.geom
  ${from('terrils')}
  UNION ALL
  SELECT 'bien-inscrit-elements', 2, t.id, ${label('bien-inscrit-elements')},
    concat_ws(' · ', CASE t.categorie WHEN 'bati' THEN 'Bâti' WHEN 'cite_miniere' THEN 'Cité minière'
      WHEN 'terril' THEN 'Terril' WHEN 'cavalier' THEN 'Cavalier' ELSE 'Espace néonaturel' END
      || COALESCE(' (' || t.typologie || ')', ''), ${communes('t.communes')}),
    ${rank('(upper(t.id) = q_id OR t.numero_terril = q_terril)', ['t.nom', 't.nom_2'], 't.communes')}, t.geom
  ${from('bien-inscrit-elements')}
  UNION ALL
  SELECT 'bien-inscrit-composantes', 3, t.id, ${label('bien-inscrit-composantes')},
    concat_ws(' · ', 'Composante ' || t.id || ' du bien', ${communes('t.communes')}),
    ${rank('t.id = q_component', ['t.nom'], 't.communes')}, t.geom
  ${from('bien-inscrit-composantes')}
  UNION ALL
  SELECT 'sites-en-danger', 4, t.id, ${label('sites-en-danger')}, concat_ws(' · ', 'Patrimoine minier en danger', t.commune),
    ${rank('upper(t.id) = q_id', ['t.nom'], 'ARRAY[t.commune]')}, t.geom
  ${from('sites-en-danger')}
  UNION ALL
  SELECT 'grands-sites', 5, t.id, ${label('grands-sites')}, concat_ws(' · ', 'Grand site minier', t.commune),
    ${rank('upper(t.id) = q_id', ['t.nom'], 'ARRAY[t.commune]')}, t.geom
  ${from('grands-sites')}
  UNION ALL
  SELECT 'zone-tampon-cites', 6, t.id, ${label('zone-tampon-cites')},
    concat_ws(' · ', 'Cité minière (zone tampon)', ${communes('t.communes')}),
    ${rank('false', ['t.nom', 't.nom_2'], 't.communes')}, t.geom
  ${from('zone-tampon-cites')}
  UNION ALL
  SELECT 'cites-erbm', 7, t.id, ${label('cites-erbm')},
    concat_ws(' · ', 'Cité de l’ERBM', ${communes('t.communes')}),
    ${rank('false', ['t.nom', 't.nom_2'], 't.communes')}, t.geom
  ${from('cites-erbm')}
  UNION ALL
  SELECT 'cites-minieres-hors-bien', 8, t.id, ${label('cites-minieres-hors-bien')},
    concat_ws(' · ', 'Cité minière (hors bien)', ${communes('t.communes')}),
    ${rank('false', ['t.nom', 't.nom_2'], 't.communes')}, t.geom
  ${from('cites-minieres-hors-bien')}
  UNION ALL
  SELECT 'communes', 9, t.id, ${label('communes')},
    concat_ws(' · ', 'Commune',
      (SELECT d.nom FROM ${collectionTable('departements').table} AS d WHERE d.id = t.departement)),
    ${rank('t.id = q_id', ['t.nom'], null)}, t.geom
  ${from('communes')}
  UNION ALL
  SELECT 'sites-classes-inscrits', 11, t.id, ${label('sites-classes-inscrits')},
    concat_ws(' · ', t.typesite || CASE WHEN t.chaine_des_terrils THEN ' (chaîne des terrils, 2016)' ELSE '' END,
      ${communes('t.communes')}),
    ${rank('false', ['t.nomgen'], 't.communes')}, t.geom
  ${from('sites-classes-inscrits')}
  UNION ALL
  SELECT 'puits-de-mines', 10, t.id, ${label('puits-de-mines')},
    concat_ws(' · ', 'Puits de mine', t.commune),
    ${rank('t.id = q_id', ['t.fosse', 't.fosse_alias'], 'ARRAY[t.commune]')}, t.geom
  ${from('puits-de-mines')}
)
SELECT collection, id, label, detail, rank,
       ST_XMin(geom) AS min_x, ST_YMin(geom) AS min_y, ST_XMax(geom) AS max_x, ST_YMax(geom) AS max_y
FROM candidates
WHERE rank IS NOT NULL
ORDER BY rank, CASE WHEN rank = 0 THEN priority END, hw_fold(label), label, priority, id
LIMIT $5`
