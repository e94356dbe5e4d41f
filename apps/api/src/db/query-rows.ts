import type { Queryable } from './pool.ts'
import type { BuiltQuery } from './sql/features.sql.ts'

/** The first row of a query, or undefined when it returns none. */
export async function firstRow<T>(
  db: Queryable,
  sql: string,
  params: unknown[] = [],
): Promise<T | undefined> {
  return (await db.query(sql, params)).rows[0] as T | undefined
}

/** Every row of a query. */
export async function allRows<T>(db: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, params)).rows as T[]
}

/**
 * Runs a page query and its count (sql/paging.sql.ts `pagedQueries`) one after the other on `db`: on a
 * transaction's client they must not overlap, and on the embedded database there is one connection anyway.
 */
export async function readPage<T>(
  db: Queryable,
  queries: { count: BuiltQuery; page: BuiltQuery },
): Promise<{ rows: T[]; numberMatched: number }> {
  const count = await firstRow<{ count: number }>(db, queries.count.text, queries.count.values)
  const rows = await allRows<T>(db, queries.page.text, queries.page.values)
  return { rows, numberMatched: count!.count }
}
