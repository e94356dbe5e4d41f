import { COLLECTIONS, type PropertyKind } from '@heritage-watch/shared'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionTable } from '../../src/collections/collection-tables.ts'
import { createTestPool } from '../helpers/test-app.ts'

// The catalogue (packages/shared) names the properties; the migrations create the columns. This test
// is what keeps the two from drifting apart.
const COLUMN_TYPES: Record<PropertyKind, string[]> = {
  string: ['text'],
  'string[]': ['ARRAY'],
  integer: ['integer'],
  number: ['double precision'],
  boolean: ['boolean'],
}

let pool: pg.Pool
beforeAll(() => {
  pool = createTestPool()
})
afterAll(() => pool.end())

describe('catalogue and tables', () => {
  it.each(COLLECTIONS.map((collection) => [collection.id, collection] as const))(
    '%s: every property is a column of the right type, with id and geom',
    async (_id, collection) => {
      const { table } = collectionTable(collection.id)
      const result = await pool.query<{ column_name: string; data_type: string }>(
        'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1',
        [table],
      )
      const columns = new Map(result.rows.map((row) => [row.column_name, row.data_type]))
      expect(columns.get('id')).toBe('text')
      expect(columns.get('geom')).toBe('USER-DEFINED')
      for (const property of collection.properties) {
        expect(COLUMN_TYPES[property.kind], `${table}.${property.name}`).toContain(columns.get(property.name))
      }
    },
  )
})
