import { COLLECTIONS, EPSG_2154, EPSG_4326, findCollection, itemsQuerySchema } from '@heritage-watch/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionTable } from '../../../src/collections/collection-tables.ts'
import { refreshFeatureTexts } from '../../../src/db/feature-text.ts'
import { createFeaturesRepo } from '../../../src/db/features-repo.ts'
import { inTransaction } from '../../../src/db/pool.ts'
import { createTestPool } from '../../helpers/test-app.ts'

// The features' stored GeoJSON texts (migration 0021, architecture §26): a page read from them is the page
// written anew, byte for byte; a changed row is never served from its old copy.
const pool = createTestPool()
afterAll(() => pool.end())

const repo = createFeaturesRepo(pool)
const page = async (id: string, parameters: Record<string, string> = {}) => {
  const collection = findCollection(id)!
  const query = itemsQuerySchema(collection).parse({ limit: '10000', ...parameters })
  const { chunks, numberMatched } = await repo.findItemsJson(collection, query)
  return { text: chunks.join(','), numberMatched }
}
const storedCount = async (collection: string) =>
  (
    await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM feature_text WHERE collection = $1', [
      collection,
    ])
  ).rows[0]!.n

describe('stored GeoJSON texts of the features', () => {
  beforeAll(() => inTransaction(pool, (client) => refreshFeatureTexts(client)))

  it.each(COLLECTIONS.map((collection) => collection.id))(
    '%s: stored for every feature in CRS84 and Lambert-93, and served as written anew',
    async (id) => {
      const { table, where } = collectionTable(id)
      const features = await pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${table}${where ? ` WHERE ${where}` : ''}`,
      )
      expect(await storedCount(id)).toBe(features.rows[0]!.n * 2)
      const crs = { crs: EPSG_2154 }
      const stored = [await page(id), await page(id, crs)]
      // Written anew: EPSG:4326 is never stored, and a property list bypasses the copies; here the copies
      // are forgotten inside a transaction that is rolled back, and the page read through it.
      const written = await pool.connect()
      try {
        await written.query('BEGIN')
        await written.query('DELETE FROM feature_text WHERE collection = $1', [id])
        const anew = createFeaturesRepo(written)
        const collection = findCollection(id)!
        for (const [index, parameters] of [{}, crs].entries()) {
          const query = itemsQuerySchema(collection).parse({ limit: '10000', ...parameters })
          const { chunks } = await anew.findItemsJson(collection, query)
          expect(chunks.join(','), `${id} ${JSON.stringify(parameters)}`).toBe(stored[index]!.text)
        }
      } finally {
        await written.query('ROLLBACK')
        written.release()
      }
    },
  )

  it('forgets the copy of a changed row at once, and the next refresh writes it from the new row', async () => {
    const before = await page('terrils')
    const copiesOf74A = async () =>
      (
        await pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM feature_text WHERE source_table = 'terril' AND id = '74A'`,
        )
      ).rows[0]!.n
    expect(await copiesOf74A()).toBeGreaterThanOrEqual(2)
    const { rows } = await pool.query<{ nom: string | null }>(`SELECT nom FROM terril WHERE id = '74A'`)
    await pool.query(`UPDATE terril SET nom = 'Terril [test]' WHERE id = '74A'`)
    try {
      expect(await copiesOf74A()).toBe(0)
      const changed = await page('terrils')
      expect(changed.text).toContain('"nom":"Terril [test]"')
      expect(changed.numberMatched).toBe(before.numberMatched)
    } finally {
      await pool.query(`UPDATE terril SET nom = $1 WHERE id = '74A'`, [rows[0]!.nom])
    }
    await inTransaction(pool, (client) => refreshFeatureTexts(client))
    expect(await copiesOf74A()).toBeGreaterThanOrEqual(2)
    expect((await page('terrils')).text).toBe(before.text)
  })

  it('leaves EPSG:4326 and property lists to the pages written anew', async () => {
    const crs = await page('terrils', { crs: EPSG_4326 })
    expect(crs.text).toMatch(/^\{"type":"Feature"/)
    const some = await page('terrils', { properties: 'nom' })
    expect(some.text).toContain('"properties":{"nom":')
    expect(some.text).not.toContain('"nom_usuel"')
  })

  it('keeps a text whole up to a row of 8 kB, read without decompressing (migration 0024)', async () => {
    // Between 2 and 7 kB PostgreSQL compressed a text by default: 243 of the 330 communes in EPSG:2154.
    const { rows } = await pool.query<{ texts: number; compressed: number }>(
      `SELECT count(*)::int AS texts,
          count(*) FILTER (WHERE pg_column_size(feature) < octet_length(feature))::int AS compressed
        FROM feature_text WHERE octet_length(feature) BETWEEN 2500 AND 7000`,
    )
    expect(rows[0]!.texts).toBeGreaterThan(100)
    expect(rows[0]!.compressed).toBe(0)
  })

  it('has its triggers on every table of a public collection', async () => {
    const tables = [...new Set(COLLECTIONS.map((collection) => collectionTable(collection.id).table))]
    const { rows } = await pool.query<{ table: string }>(
      `SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE t.tgname IN ('feature_text_forget_row', 'feature_text_forget_table')`,
    )
    expect(rows.map((row) => row.table).sort()).toEqual(tables.sort())
  })
})
