import { CRS84, findCollection, itemsQuerySchema, type ItemsQuery } from '@heritage-watch/shared'
import type pg from 'pg'
import { collectionTable } from '../src/collections/collection-tables.ts'
import { type BuiltQuery, buildFeatureQuery, buildItemsQueries } from '../src/db/sql/features.sql.ts'

// The floor of target 1: the SQL the API runs for a request, run straight through `pg`. Built from
// whatever features.sql.ts exports, in this ONE function, so that a new SQL builder is one change here.

/**
 * The queries behind `/collections/{id}/items?{search}` or, with `featureId`, `/items/{featureId}`.
 * @throws Error when the collection is unknown or the query would be refused by the API
 */
export function floorQueries(collectionId: string, search: string, featureId?: string): BuiltQuery[] {
  const collection = findCollection(collectionId)
  if (!collection) throw new Error(`no collection ${collectionId}`)
  const table = collectionTable(collectionId)
  const parameters = Object.fromEntries(new URLSearchParams(search))
  if (featureId) {
    const crs = (parameters.crs as ItemsQuery['crs'] | undefined) ?? CRS84
    return [buildFeatureQuery(table, collection, featureId, crs)]
  }
  const query = itemsQuerySchema(collection).parse(parameters) as ItemsQuery
  const { page, count } = buildItemsQueries(table, collection, query)
  return [page, count]
}

/** Runs the floor once, the queries one after the other as the API does; returns the rows read. */
export async function runFloor(pool: pg.Pool, queries: readonly BuiltQuery[]): Promise<number> {
  let rows = 0
  for (const query of queries) rows += (await pool.query(query.text, query.values)).rowCount ?? 0
  return rows
}
