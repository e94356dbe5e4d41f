import { describe, expect, it } from 'vitest'
import { pagedQueries, walkedPageQuery } from './paging.sql.ts'

const select = {
  columns: 'a.id',
  table: 'alert AS a',
  key: 'a.id',
  joins: 'JOIN app_user AS r ON r.id = a.reporter_id',
  orderBy: 'a.number DESC',
}

describe('pagedQueries', () => {
  it('numbers limit and offset after the filter values, and counts with the same filter', () => {
    const where = { sql: 'WHERE a.status = ANY($1::text[]) AND a.title = $2', params: [['nouvelle'], 'x'] }
    const { count, page } = pagedQueries({ ...select, where }, { limit: 10, offset: 20 })
    expect(count.text).toBe(
      'SELECT count(*)::int AS count FROM alert AS a WHERE a.status = ANY($1::text[]) AND a.title = $2',
    )
    expect(count.values).toEqual([['nouvelle'], 'x'])
    // The page's keys are chosen with the filter, limit and offset, then joined and ordered again.
    expect(page.text).toMatch(
      /FROM \(SELECT a\.id AS key FROM alert AS a WHERE a\.status = ANY\(\$1::text\[\]\) AND a\.title = \$2\s+ORDER BY a\.number DESC LIMIT \$3 OFFSET \$4\) AS chosen/,
    )
    expect(page.text).toMatch(
      /JOIN alert AS a ON a\.id = chosen\.key\s+JOIN app_user[^]*ORDER BY a\.number DESC$/,
    )
    expect(page.values).toEqual([['nouvelle'], 'x', 10, 20])
  })

  it('starts at $1 without a filter and passes a null limit (every match) through', () => {
    const { count, page } = pagedQueries(
      { ...select, where: { sql: '', params: [] } },
      { limit: null, offset: 0 },
    )
    expect(count.values).toEqual([])
    expect(page.text).toMatch(/LIMIT \$1 OFFSET \$2\) AS chosen/)
    expect(page.values).toEqual([null, 0])
  })

  it('does not share the filter values with the caller', () => {
    const where = { sql: 'WHERE a.id = $1', params: ['id'] }
    const { page } = pagedQueries({ ...select, where }, { limit: 1, offset: 0 })
    expect(where.params).toEqual(['id'])
    expect(page.values).not.toBe(where.params)
  })
})

describe('walkedPageQuery', () => {
  it('filters only the first `walk` rows of the order, numbered after limit and offset', () => {
    const where = { sql: 'WHERE a.title = $1', params: ['x'] }
    const query = walkedPageQuery({ ...select, alias: 'a', where }, { limit: 10, offset: 20, walk: 500 })
    expect(query.text).toContain(
      'FROM (SELECT * FROM alert AS a ORDER BY a.number DESC LIMIT $4) AS a WHERE a.title = $1',
    )
    expect(query.text).toContain('ORDER BY a.number DESC LIMIT $2 OFFSET $3) AS chosen')
    expect(query.values).toEqual(['x', 10, 20, 500])
  })
})
