import {
  type CollectionDefinition,
  collectionQueryables,
  CRS_DETAILS,
  type ItemsQuery,
  type SupportedCrs,
} from '@heritage-watch/shared'
import type { CollectionTable } from '../../collections/collection-tables.ts'
import { type Cql2Columns, cql2Condition } from './cql2.sql.ts'
import { featureJson, geometryAsGeoJson, quote } from './feature-json.sql.ts'
import { storedCrsKey, storedFeaturesSelect } from './feature-text.sql.ts'

// Builders of the feature queries. Identifiers come from the catalogue (checked in code, then quoted);
// every value travels as a $n parameter.

export interface BuiltQuery {
  text: string
  values: unknown[]
}

function selectList(
  collection: CollectionDefinition,
  properties: string[] | undefined,
  crs: SupportedCrs,
): string {
  const names = collection.properties
    .map((p) => p.name)
    .filter((name) => !properties || properties.includes(name))
  return ['id', ...names.map(quote), `${geometryAsGeoJson(crs)} AS "__geometry"`].join(', ')
}

/** A public collection's queryables on its table: its columns, its years as a day span, `geom`. */
function collectionColumns(collection: CollectionDefinition): Cql2Columns {
  return {
    queryables: collectionQueryables(collection),
    scalar: quote,
    temporal: () => {
      if (!collection.temporal) throw new Error(`collection ${collection.id} has no dates`)
      const start = quote(collection.temporal.start)
      const end = quote(collection.temporal.end)
      return {
        start: `COALESCE(make_date(${start}, 1, 1), '-infinity'::date)`,
        end: `COALESCE(make_date(${end}, 12, 31), 'infinity'::date)`,
        present: `(${start} IS NOT NULL OR ${end} IS NOT NULL)`,
      }
    },
    geometry: 'geom',
  }
}

/**
 * Whether a geometry's box lies inside a bbox of the storage CRS, given its corners' parameters: then the
 * geometry intersects the bbox, and GEOS need not say so (ST_Intersects took a quarter of the basin
 * page's PostgreSQL time, docs §26). The box is the one stored with the geometry (`postgis_getbbox`: no
 * coordinate read), rounded outward to float4, so it holds the geometry; it is compared with the bbox's
 * own numbers, not with the envelope's float4 box as `@` would (a point 0.4 m outside could pass).
 * Inconclusive (a box across an edge, an empty geometry: NULL) falls to ST_Intersects.
 */
function boxInside([minX, minY, maxX, maxY]: string[]): string {
  const box = 'postgis_getbbox(geom)'
  return `ST_XMin(${box}) >= ${minX} AND ST_YMin(${box}) >= ${minY} AND ST_XMax(${box}) <= ${maxX} AND ST_YMax(${box}) <= ${maxY}`
}

/** The WHERE of an items query (bbox, filters, datetime), its values pushed onto `values`. */
export function whereClause(
  table: CollectionTable,
  collection: CollectionDefinition,
  query: ItemsQuery,
  values: unknown[],
) {
  const conditions: string[] = table.where ? [`(${table.where})`] : []
  const parameter = (value: unknown) => {
    values.push(value)
    return `$${values.length}`
  }
  if (query.bbox) {
    const { minX, minY, maxX, maxY, crs } = query.bbox
    const srid = CRS_DETAILS[crs].srid
    const corners = [minX, minY, maxX, maxY].map(parameter)
    const envelope = `ST_MakeEnvelope(${corners.join(', ')}, ${srid})`
    if (srid === 4326)
      conditions.push(`geom && ${envelope} AND (${boxInside(corners)} OR ST_Intersects(geom, ${envelope}))`)
    // The envelope is moved to the storage CRS, never the column, so the GiST index is used.
    else
      conditions.push(
        `geom && ST_Transform(${envelope}, 4326) AND ST_Intersects(geom, ST_Transform(${envelope}, 4326))`,
      )
  }
  for (const { property, value } of query.filters) {
    const column = quote(property.name)
    if (property.kind === 'string[]') {
      conditions.push(
        `EXISTS (SELECT 1 FROM unnest(${column}) AS value WHERE lower(value) = lower(${parameter(value)}))`,
      )
    } else if (property.kind === 'string') {
      conditions.push(`lower(${column}) = lower(${parameter(value)})`)
    } else {
      conditions.push(`${column} = ${parameter(value)}`)
    }
  }
  if (query.filter) conditions.push(cql2Condition(query.filter, collectionColumns(collection), parameter))
  if (query.datetime && collection.temporal) {
    const start = quote(collection.temporal.start)
    const end = quote(collection.temporal.end)
    conditions.push(`(${start} IS NOT NULL OR ${end} IS NOT NULL)`)
    const asDate = (value: string) => `((${parameter(value)})::timestamptz AT TIME ZONE 'UTC')::date`
    if (query.datetime.end)
      conditions.push(
        `COALESCE(make_date(${start}, 1, 1), '-infinity'::date) <= ${asDate(query.datetime.end)}`,
      )
    if (query.datetime.start)
      conditions.push(
        `COALESCE(make_date(${end}, 12, 31), 'infinity'::date) >= ${asDate(query.datetime.start)}`,
      )
  }
  return conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''
}

/** The page of features and the count of all that match, with the same filters. */
export function buildItemsQueries(
  table: CollectionTable,
  collection: CollectionDefinition,
  query: ItemsQuery,
): { page: BuiltQuery; count: BuiltQuery } {
  return itemsQueries(table, collection, query, selectList(collection, query.properties, query.crs))
}

function itemsQueries(
  table: CollectionTable,
  collection: CollectionDefinition,
  query: ItemsQuery,
  select: string,
): { page: BuiltQuery; count: BuiltQuery } {
  const pageValues: unknown[] = []
  const pageWhere = whereClause(table, collection, query, pageValues)
  // Paging needs a stable order: the asked sort keys, then the id.
  const order = [
    ...query.sortby.map((term) => `${quote(term.name)} ${term.descending ? 'DESC' : 'ASC'} NULLS LAST`),
    'id ASC',
  ]
  pageValues.push(query.limit, query.offset)
  const page = {
    text: `SELECT ${select} FROM ${table.table}${pageWhere}
           ORDER BY ${order.join(', ')} LIMIT $${pageValues.length - 1} OFFSET $${pageValues.length}`,
    values: pageValues,
  }
  const countValues: unknown[] = []
  const countWhere = whereClause(table, collection, query, countValues)
  return {
    page,
    count: { text: `SELECT count(*)::int AS count FROM ${table.table}${countWhere}`, values: countValues },
  }
}

/** Features joined into one text by PostgreSQL: a 1,000-feature page comes back as 5 rows, not 1,000. */
const FEATURES_PER_CHUNK = 200

/**
 * The page of features as GeoJSON texts already joined by PostgreSQL into chunks of up to
 * FEATURES_PER_CHUNK features (columns `features`, the chunk's features separated by commas,
 * `returned`, how many, and `matched`, on the last chunk of a full page the count of all that match, else null), in
 * page order; and the count alone, for a page past the last match (no rows to carry it). The page's SQL is the same as
 * buildItemsQueries', only its select list differs: Node neither parses nor joins features one by one.
 */
export function buildItemsJsonQueries(
  table: CollectionTable,
  collection: CollectionDefinition,
  query: ItemsQuery,
): { page: BuiltQuery; count: BuiltQuery } {
  // A page of every property in a stored CRS reads the features' stored texts (feature-text.sql.ts).
  const key = query.properties ? undefined : storedCrsKey(query.crs)
  const select = key ? '*' : `${featureJson(collection, query.properties, query.crs)} AS feature`
  const { page, count } = itemsQueries(table, collection, query, select)
  const values = [...page.values]
  const features = key
    ? storedFeaturesSelect(page.text, values, collection, query.crs, key)
    : // row_number() OVER () numbers the rows in the order the sorted, limited page yields them.
      `SELECT feature, row_number() OVER () AS n FROM (${page.text}) AS page`
  // The chunk number is computed before the grouping and the rows sorted once by it and their place:
  // grouped by an expression, PostgreSQL sorted the page's texts for the GROUP BY and then the joined
  // chunks again for the ORDER BY (a sixth of the PostgreSQL time of 1,000 cavaliers, docs §26).
  // The count rides in the page's statement (column `matched`) instead of a second round trip: within
  // the noise on loopback (embedded basin page, 6.3 against 6.4 ms of CPU per request), one network
  // round trip less per full page where the database is on another machine. It is an InitPlan
  // behind a CASE: PostgreSQL runs it only for the chunk whose last feature is the limit's, i.e. when the
  // page is full, the one case the page cannot tell how many match. Its `$n` are the page's first ones:
  // whereClause pushes the same values in the same order for both. (A CTE holding the chunks to sum
  // their sizes was slower on the embedded database: it copies every text once more.)
  const limit = `$${page.values.length - 1}`
  const text = `SELECT string_agg(feature, ',' ORDER BY n) AS features, count(*)::int AS returned,
      CASE WHEN max(n) < ${limit} THEN NULL ELSE (${count.text}) END AS matched
    FROM (SELECT feature, n, (n - 1) / ${FEATURES_PER_CHUNK} AS chunk FROM (${features}) AS numbered
      ORDER BY chunk, n) AS chunked
    GROUP BY chunk ORDER BY chunk`
  return { page: { text, values }, count }
}

/** One feature by id as GeoJSON text (columns `id`, `feature`), in the asked CRS. */
export function buildFeatureJsonQuery(
  table: CollectionTable,
  collection: CollectionDefinition,
  id: string,
  crs: SupportedCrs,
): BuiltQuery {
  return {
    text: `SELECT id, ${featureJson(collection, undefined, crs)} AS feature FROM ${table.table}
           WHERE ${table.where ? `(${table.where}) AND ` : ''}id = $1`,
    values: [id],
  }
}

/** One feature by id, in the asked CRS. */
export function buildFeatureQuery(
  table: CollectionTable,
  collection: CollectionDefinition,
  id: string,
  crs: SupportedCrs,
): BuiltQuery {
  return {
    text: `SELECT ${selectList(collection, undefined, crs)} FROM ${table.table}
           WHERE ${table.where ? `(${table.where}) AND ` : ''}id = $1`,
    values: [id],
  }
}

/** Spatial extent in CRS84, number of features and, for dated layers, the temporal extent. */
export function buildCollectionSummaryQuery(
  table: CollectionTable,
  collection: CollectionDefinition,
): BuiltQuery {
  const temporal = collection.temporal
    ? `, min(${quote(collection.temporal.start)}) AS first_year, max(${quote(collection.temporal.end)}) AS last_year`
    : ', NULL::int AS first_year, NULL::int AS last_year'
  return {
    text: `SELECT count(*)::int AS count, ST_XMin(ST_Extent(geom)) AS min_x, ST_YMin(ST_Extent(geom)) AS min_y,
                  ST_XMax(ST_Extent(geom)) AS max_x, ST_YMax(ST_Extent(geom)) AS max_y${temporal}
           FROM ${table.table}${table.where ? ` WHERE ${table.where}` : ''}`,
    values: [],
  }
}
