import { findCollection, itemsQuerySchema } from '@heritage-watch/shared'
import { afterAll, describe, expect, it } from 'vitest'
import { collectionTable } from '../../src/collections/collection-tables.ts'
import { whereClause } from '../../src/db/sql/features.sql.ts'
import { createTestPool } from '../helpers/test-app.ts'

// Migration 0025: the mine shafts' text filters find their rows through an index on lower(column). The
// index serves only a WHERE written with the very same expression, so each filter's SQL, as the items
// query builds it, must be able to use it, and give the same rows as a scan of the whole table.
const pool = createTestPool()
afterAll(() => pool.end())

const collection = findCollection('puits-de-mines')!
const table = collectionTable(collection.id)
const FILTERED = ['commune', 'compagnie', 'concession', 'fosse']

/** Runs `text` in a rolled-back transaction after `settings` (planner switches), returning its rows. */
async function withSettings<T>(settings: string[], text: string, values: unknown[]): Promise<T[]> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    for (const setting of settings) await client.query(`SET LOCAL ${setting}`)
    return (await client.query<T & object>(text, values)).rows
  } finally {
    await client.query('ROLLBACK')
    client.release()
  }
}

describe('text filters of the mine shafts (migration 0025)', () => {
  it('offers each filtered text property', () => {
    const offered = collection.properties.filter((property) => property.filter && property.kind === 'string')
    expect(offered.map((property) => property.name)).toEqual(FILTERED)
  })

  it.each(FILTERED)('%s: the index serves the filter and finds the rows a scan finds', async (name) => {
    const { rows } = await pool.query<{ value: string }>(
      `SELECT ${name} AS value FROM ${table.table} WHERE ${name} IS NOT NULL
       GROUP BY ${name} ORDER BY count(*) DESC, ${name} LIMIT 1`,
    )
    // Asked in capitals: the filter ignores case, and the index must too.
    const query = itemsQuerySchema(collection).parse({ [name]: rows[0]!.value.toUpperCase(), limit: '1000' })
    const values: unknown[] = []
    const text = `SELECT id FROM ${table.table}${whereClause(table, collection, query, values)} ORDER BY id`
    const plan = await withSettings<{ 'QUERY PLAN': string }>(
      ['enable_seqscan = off'],
      `EXPLAIN ${text}`,
      values,
    )
    expect(plan.map((line) => line['QUERY PLAN']).join('\n')).toContain(`mine_shaft_${name}_lower_idx`)
    const indexed = await withSettings(['enable_seqscan = off'], text, values)
    const scanned = await withSettings(['enable_indexscan = off', 'enable_bitmapscan = off'], text, values)
    expect(indexed.length).toBeGreaterThan(0)
    expect(indexed).toEqual(scanned)
  })
})
