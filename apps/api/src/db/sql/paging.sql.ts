import type { BuiltQuery } from './features.sql.ts'

/** The parts of one filtered SELECT that is read a page at a time. */
export interface PagedSelect {
  /** The page's columns. */
  columns: string
  /** FROM with the joins the columns need. */
  from: string
  /** FROM for the count: the joins are left out when they cannot change how many rows match. */
  countFrom: string
  /** `WHERE …` (or '') with its values, numbered from $1. */
  where: { sql: string; params: unknown[] }
  /** A total order, so that pages never repeat or skip a row. */
  orderBy: string
}

/**
 * The count of every match and one page of them, from the same WHERE: limit and offset become the two
 * parameters after the filter's. A null limit reads every match (exports: "exactly what the filter shows").
 */
export function pagedQueries(
  select: PagedSelect,
  page: { limit: number | null; offset: number },
): { count: BuiltQuery; page: BuiltQuery } {
  const { where } = select
  const next = where.params.length + 1
  return {
    count: { text: `SELECT count(*)::int AS count ${select.countFrom} ${where.sql}`, values: where.params },
    page: {
      text: `SELECT ${select.columns}
         ${select.from} ${where.sql}
         ORDER BY ${select.orderBy} LIMIT $${next} OFFSET $${next + 1}`,
      values: [...where.params, page.limit, page.offset],
    },
  }
}
