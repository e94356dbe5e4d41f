// SQL of the data load. Table and column names below are constants of this file, never input.

type GeometryKind = 'MultiPolygon' | 'MultiLineString' | 'Point'

export interface TableSpec {
  columns: Record<string, string>
  geometry: GeometryKind | null
}

const COMMUNE_ARRAYS = { communes: 'text[]', communes_insee: 'text[]' }

/** Tables filled straight from the source rows, in an order that respects their foreign keys. */
export const LOADED_TABLES: Record<string, TableSpec> = {
  property_component: {
    columns: {
      id: 'text',
      nom: 'text',
      numero_section: 'integer',
      section: 'text',
      surface_ha: 'double precision',
      source: 'text',
    },
    geometry: 'MultiPolygon',
  },
  property_element: {
    columns: {
      id: 'text',
      categorie: 'text',
      composante: 'text',
      objet: 'text',
      nom: 'text',
      nom_2: 'text',
      ...COMMUNE_ARRAYS,
      typologie: 'text',
      compagnie: 'text',
      periode: 'text',
      proprietaire: 'text',
      protection: 'text',
      inscrit_mh: 'boolean',
      classe_mh: 'boolean',
      interet: 'text',
      longueur_m: 'double precision',
      numero_terril: 'text',
      groupe: 'text',
      id_lsm: 'integer',
      source: 'text',
    },
    geometry: 'MultiPolygon',
  },
  buffer_zone: {
    columns: { id: 'text', surface_ha: 'double precision', source: 'text' },
    geometry: 'MultiPolygon',
  },
  terril: {
    columns: {
      id: 'text',
      numero: 'text',
      numero_source: 'text',
      nom: 'text',
      nom_usuel: 'text',
      ...COMMUNE_ARRAYS,
      forme: 'text',
      zone: 'text',
      element_unesco: 'text',
      compagnie: 'text',
      groupe: 'text',
      source: 'text',
    },
    geometry: 'MultiPolygon',
  },
  buffer_cite: {
    columns: {
      id: 'text',
      nom: 'text',
      nom_2: 'text',
      ...COMMUNE_ARRAYS,
      type: 'text',
      compagnie: 'text',
      interet: 'text',
      proprietaire: 'text',
      id_lsm: 'integer',
      source: 'text',
    },
    geometry: 'MultiPolygon',
  },
  buffer_cavalier: {
    columns: { id: 'text', nom: 'text', ...COMMUNE_ARRAYS, source: 'text' },
    geometry: 'MultiLineString',
  },
  buffer_espace_neonaturel: {
    columns: { id: 'text', nom: 'text', ...COMMUNE_ARRAYS, source: 'text' },
    geometry: 'MultiPolygon',
  },
  buffer_parvis_agricole: {
    columns: { id: 'text', qualite_vue: 'text', vue_sur: 'text', terrils_vus: 'text[]', source: 'text' },
    geometry: 'MultiPolygon',
  },
  erbm_cite: {
    columns: {
      id: 'text',
      nom: 'text',
      nom_2: 'text',
      ...COMMUNE_ARRAYS,
      type: 'text',
      compagnie: 'text',
      interet: 'text',
      proprietaire: 'text',
      source: 'text',
    },
    geometry: 'MultiPolygon',
  },
  other_mining_cite: {
    columns: {
      id: 'text',
      nom: 'text',
      nom_2: 'text',
      ...COMMUNE_ARRAYS,
      type: 'text',
      compagnie: 'text',
      interet: 'text',
      proprietaire: 'text',
      id_lsm: 'integer',
      inscrit_mh: 'boolean',
      source: 'text',
    },
    geometry: 'MultiPolygon',
  },
  mine_shaft: {
    columns: {
      id: 'text',
      commune: 'text',
      compagnie: 'text',
      concession: 'text',
      fosse: 'text',
      fosse_alias: 'text',
      puits: 'text',
      cote_m: 'double precision',
      annee_creusement: 'integer',
      annee_fermeture: 'integer',
      profondeur_m: 'double precision',
      fiche_brgm: 'text',
      source: 'text',
    },
    geometry: 'Point',
  },
  mining_basin: {
    columns: {
      id: 'text',
      nom: 'text',
      surface_km2: 'double precision',
      population: 'integer',
      source: 'text',
    },
    geometry: 'MultiPolygon',
  },
  commune: {
    columns: {
      id: 'text',
      nom: 'text',
      statut: 'text',
      population: 'integer',
      surface_km2: 'double precision',
      epci_siren: 'text',
      epci_nom: 'text',
      departement: 'text',
      decret_2016: 'boolean',
      source: 'text',
    },
    geometry: 'MultiPolygon',
  },
  epci: { columns: { id: 'text', nom: 'text', source: 'text' }, geometry: 'MultiPolygon' },
  departement: { columns: { id: 'text', nom: 'text', source: 'text' }, geometry: 'MultiPolygon' },
  decree_2016_commune: { columns: { id: 'text', departement: 'text', insee: 'text' }, geometry: null },
  protected_site: {
    columns: {
      id: 'text',
      id_source: 'text',
      idsup: 'text',
      nomgen: 'text',
      typesite: 'text',
      datecrea: 'text',
      surface_declaree_ha: 'double precision',
      gestionnaire: 'text',
      gestionnaire_adresse: 'text',
      gestionnaire_telephone: 'text',
      chaine_des_terrils: 'boolean',
      source: 'text',
    },
    geometry: 'MultiPolygon',
  },
}

/** Every table the load replaces, emptied together so that foreign keys never stand in the way. */
export const TRUNCATE_LOADED_TABLES = `TRUNCATE ${['site_at_risk', 'major_site', ...Object.keys(LOADED_TABLES)].join(', ')}`

const GEOMETRY_FROM_JSON: Record<GeometryKind, string> = {
  MultiPolygon: 'ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326))',
  MultiLineString: 'ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326))',
  Point: 'ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326)',
}

/**
 * One INSERT for a whole layer: the rows travel as a single JSON parameter ($1) and PostGIS parses
 * each geometry, which is much faster through the embedded socket than a statement per feature.
 */
export function bulkInsertSql(table: string): string {
  const spec = LOADED_TABLES[table]
  if (!spec) throw new Error(`table must be one of the loaded tables, got ${table}`)
  const columns = Object.keys(spec.columns)
  const recordType = [
    ...Object.entries(spec.columns).map(([name, type]) => `${name} ${type}`),
    'geometry jsonb',
  ]
  const geometry = spec.geometry
    ? `, CASE WHEN r.geometry IS NULL OR r.geometry = 'null'::jsonb THEN NULL ELSE ${GEOMETRY_FROM_JSON[spec.geometry]} END`
    : ''
  return `
    INSERT INTO ${table} (${columns.join(', ')}${spec.geometry ? ', geom' : ''})
    SELECT ${columns.map((column) => `r.${column}`).join(', ')}${geometry}
    FROM jsonb_to_recordset($1::jsonb) AS r(${recordType.join(', ')})`
}

const COLLECTION_TYPE: Record<GeometryKind, number> = { Point: 1, MultiLineString: 2, MultiPolygon: 3 }

/** Repairs invalid geometries with ST_MakeValid, keeping only the parts of the layer's dimension. */
export function repairSql(table: string): string {
  const spec = LOADED_TABLES[table]
  if (!spec?.geometry) throw new Error(`table must be a loaded table with a geometry, got ${table}`)
  const repaired = `ST_CollectionExtract(ST_MakeValid(geom), ${COLLECTION_TYPE[spec.geometry]})`
  return `
    UPDATE ${table} SET geom = ${spec.geometry === 'Point' ? repaired : `ST_Multi(${repaired})`}
    WHERE geom IS NOT NULL AND NOT ST_IsValid(geom)
    RETURNING id`
}

export const INSERT_SITES_AT_RISK = `
  INSERT INTO site_at_risk (id, nom, commune, motif, element_unesco, proprietaire, protection, source, geom)
  SELECT e.id, r.nom, r.commune, r.motif, e.id, e.proprietaire, e.protection, r.source, e.geom
  FROM jsonb_to_recordset($1::jsonb) AS r(element_unesco text, nom text, commune text, motif text, source text)
  JOIN property_element e ON e.id = r.element_unesco`

/** The point of a grand site is the centroid of its element, or a point on it when the centroid falls outside. */
export const INSERT_MAJOR_SITES = `
  INSERT INTO major_site (id, nom, commune, element_unesco, source, geom)
  SELECT e.id, r.nom, r.commune, e.id, r.source,
         CASE WHEN ST_Contains(e.geom, ST_Centroid(e.geom)) THEN ST_Centroid(e.geom) ELSE ST_PointOnSurface(e.geom) END
  FROM jsonb_to_recordset($1::jsonb) AS r(element_unesco text, nom text, commune text, source text)
  JOIN property_element e ON e.id = r.element_unesco`

export const SELECT_LAST_LOAD_DIGEST = 'SELECT source_digest FROM data_load ORDER BY id DESC LIMIT 1'
export const INSERT_DATA_LOAD = 'INSERT INTO data_load (source_digest, summary) VALUES ($1, $2)'

/** Number of features of a collection: its table and fixed filter, both constants of collection-tables.ts. */
export function countCollectionSql(table: string, where: string | undefined): string {
  return `SELECT count(*)::int AS count FROM ${table}${where ? ` WHERE ${where}` : ''}`
}
