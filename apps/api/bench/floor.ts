import { CRS84, findCollection, itemsQuerySchema, type ItemsQuery } from '@heritage-watch/shared'
import type pg from 'pg'
import { collectionTable } from '../src/collections/collection-tables.ts'
import { hasBoundedText, prepared } from '../src/db/features-repo.ts'
import { type BuiltQuery, buildFeatureJsonQuery, buildItemsJsonQueries } from '../src/db/sql/features.sql.ts'

// The floor of target 1: the SQL the API runs for a request, run straight through `pg`. Built from
// whatever features.sql.ts exports, in this ONE function, so that a new SQL builder is one change here.

/**
 * The queries behind `/collections/{id}/items?{search}` or, with `featureId`, `/items/{featureId}`.
 * @throws Error when the collection is unknown or the query would be refused by the API
 */
export function floorQueries(collectionId: string, search: string, featureId?: string): FloorQueries {
  const collection = findCollection(collectionId)
  if (!collection) throw new Error(`no collection ${collectionId}`)
  const table = collectionTable(collectionId)
  const parameters = Object.fromEntries(new URLSearchParams(search))
  // Prepared where the API on a server prepares (features-repo.ts): the floor is the same SQL run the same
  // way, not re-planned at each run as an unnamed query would be.
  if (featureId) {
    const crs = (parameters.crs as ItemsQuery['crs'] | undefined) ?? CRS84
    return { page: prepared(buildFeatureJsonQuery(table, collection, featureId, crs), true) }
  }
  const query = itemsQuerySchema(collection).parse(parameters) as ItemsQuery
  const { page, count } = buildItemsJsonQueries(table, collection, query)
  const bounded = hasBoundedText(query)
  return { page: prepared(page, bounded), count: prepared(count, bounded), offset: query.offset }
}

/** The page's query (a full page carries its count) and, for a page, the count alone with its offset. */
export interface FloorQueries {
  page: BuiltQuery & { name?: string }
  count?: BuiltQuery & { name?: string }
  offset?: number
}

/**
 * Runs the floor once as the API does (features-repo.ts): the page (with the count of a full page), then
 * the count alone only for an empty page past the first. Returns the rows read.
 */
export async function runFloor(pool: pg.Pool, queries: FloorQueries): Promise<number> {
  const rows = (await pool.query(queries.page)).rows as { returned?: number; matched?: number | null }[]
  // A page comes as chunks of features (buildItemsJsonQueries), one feature as one row. A full page
  // carries its count; the API asks for it alone only when a page past the last match has no rows.
  const returned = queries.count ? rows.reduce((sum, row) => sum + (row.returned ?? 0), 0) : rows.length
  if (queries.count && returned === 0 && (queries.offset ?? 0) > 0) await pool.query(queries.count)
  return returned
}
