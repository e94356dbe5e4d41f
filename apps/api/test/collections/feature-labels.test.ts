import { COLLECTIONS, featureLabel } from '@heritage-watch/shared'
import { afterAll, describe, expect, it } from 'vitest'
import { collectionTable } from '../../src/collections/collection-tables.ts'
import { featureLabelSql } from '../../src/db/sql/feature-labels.sql.ts'
import { createTestPool } from '../helpers/test-app.ts'

const pool = createTestPool()
afterAll(() => pool.end())

// One rule names a feature everywhere (issue #9): the SQL that the context, the search and the alerts
// use must give exactly what packages/shared featureLabel gives the web app, on every real feature.
describe('featureLabelSql', () => {
  it.each(COLLECTIONS.map((collection) => [collection.id, collection] as const))(
    'names every feature of %s as featureLabel does',
    async (_id, collection) => {
      const { table, where } = collectionTable(collection.id)
      const { rows } = await pool.query<{ id: string; label: string; properties: Record<string, unknown> }>(
        `SELECT t.id, ${featureLabelSql(collection.id)} AS label, to_jsonb(t) - 'geom' AS properties
         FROM ${table} AS t ${where ? `WHERE ${where}` : ''}`,
      )
      expect(rows.length).toBeGreaterThan(0)
      const differing = rows.filter(
        (row) => row.label !== featureLabel(collection.title.fr, row.id, row.properties),
      )
      expect(differing.map((row) => `${row.id}: ${row.label}`)).toEqual([])
    },
  )
})
