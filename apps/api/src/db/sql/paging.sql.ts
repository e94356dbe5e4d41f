import type { BuiltQuery } from './features.sql.ts'

/** The parts of one filtered SELECT that is read a page at a time. */
export interface PagedSelect {
  /** The page's columns. */
  columns: string
  /** The table the rows come from, with its alias (`alert AS a`). */
  table: string
  /** Its key, through the alias (`a.id`). */
  key: string
  /** The joins the columns need; they must never change how many rows match. */
  joins: string
  /** `WHERE …` (or '') with its values, numbered from $1; on `table` alone. */
  where: { sql: string; params: unknown[] }
  /** A total order, so that pages never repeat or skip a row; on `table` alone. */
  orderBy: string
}

/**
 * The count of every match and one page of them, from the same WHERE: limit and offset become the two
 * parameters after the filter's. A null limit reads every match (exports: "exactly what the filter shows").
 * The page's keys are chosen first, sorting only the keys and the sort columns, then its rows are joined
 * and their columns computed: a sort of every match with all its columns spilled to disk at a million
 * alerts when the planner underestimated the matches (a bbox, issue 12 §4).
 */
export function pagedQueries(
  select: PagedSelect,
  page: { limit: number | null; offset: number },
): { count: BuiltQuery; page: BuiltQuery } {
  const { where, table, key, orderBy } = select
  const next = where.params.length + 1
  return {
    count: { text: `SELECT count(*)::int AS count FROM ${table} ${where.sql}`, values: where.params },
    page: {
      text: `SELECT ${select.columns}
         FROM (SELECT ${key} AS key FROM ${table} ${where.sql}
               ORDER BY ${orderBy} LIMIT $${next} OFFSET $${next + 1}) AS chosen
         JOIN ${table} ON ${key} = chosen.key ${select.joins}
         ORDER BY ${orderBy}`,
      values: [...where.params, page.limit, page.offset],
    },
  }
}

/**
 * How many rows match, counting no further than `cap + 1`: a count over the matches costs as much as
 * reading them, so where a client may do without an exact count of many (the OGC collection of alerts,
 * a town's box at a million alerts: 88 000 matches) the count stops once it knows they are more than
 * `cap`. The cap is the parameter after the filter's.
 */
export function cappedCountQuery(select: PagedSelect, cap: number): BuiltQuery {
  const { where, table } = select
  return {
    text: `SELECT count(*)::int AS count
           FROM (SELECT 1 FROM ${table} ${where.sql} LIMIT $${where.params.length + 1}) AS matched`,
    values: [...where.params, cap + 1],
  }
}

/**
 * One page as `pagedQueries` writes it, looked for only among the `walk` rows that come first in
 * `orderBy` (read down an index in that order). When it returns a whole page (`limit` rows), that is the
 * page `pagedQueries` would return, since a prefix of the order that holds a whole page holds the page
 * itself; when it returns fewer, the caller runs `pagedQueries`' page. For a filter that many rows match
 * (a town's box at a million alerts, issue 12 §4) this reads a few thousand rows instead of fetching and
 * sorting every match. A separate statement rather than a fallback in the same one: PostGIS costs
 * ST_Intersects so high that the unused branch's estimate alone would make PostgreSQL JIT-compile the
 * statement (more than 100 ms, for a page read in a few). `orderBy` must be the order of an index on
 * `table`, and `alias` the table's alias.
 */
export function walkedPageQuery(
  select: PagedSelect & { alias: string },
  page: { limit: number; offset: number; walk: number },
): BuiltQuery {
  const { where, table, key, orderBy, alias } = select
  const next = where.params.length + 1
  return {
    text: `SELECT ${select.columns}
         FROM (SELECT ${key} AS key
               FROM (SELECT * FROM ${table} ORDER BY ${orderBy} LIMIT $${next + 2}) AS ${alias} ${where.sql}
               ORDER BY ${orderBy} LIMIT $${next} OFFSET $${next + 1}) AS chosen
         JOIN ${table} ON ${key} = chosen.key ${select.joins}
         ORDER BY ${orderBy}`,
    values: [...where.params, page.limit, page.offset, page.walk],
  }
}
