import { afterAll, describe, expect, it } from 'vitest'
import { createDataVersion } from '../../src/db/data-version.ts'
import { createTestPool } from '../helpers/test-app.ts'

const pool = createTestPool()
afterAll(() => pool.end())

describe('createDataVersion', () => {
  it('trusts the version it read for maxAgeMs, and reads it again at once after invalidate()', async () => {
    const version = createDataVersion(pool, { maxAgeMs: 60_000 })
    const before = await version.current()
    // A data_load row is what every load writes last; this one is deleted again to leave the data as found.
    const inserted = await pool.query<{ id: number }>(
      `INSERT INTO data_load (source_digest, summary) VALUES ('data-version test', '{}') RETURNING id`,
    )
    try {
      expect(await version.current()).toBe(before)
      version.invalidate()
      expect(await version.current()).toBe(inserted.rows[0]?.id)
    } finally {
      await pool.query('DELETE FROM data_load WHERE id = $1', [inserted.rows[0]?.id])
    }
    version.invalidate()
    expect(await version.current()).toBe(before)
  })

  it('reads again once maxAgeMs has passed', async () => {
    const version = createDataVersion(pool, { maxAgeMs: 1 })
    const before = await version.current()
    const inserted = await pool.query<{ id: number }>(
      `INSERT INTO data_load (source_digest, summary) VALUES ('data-version test', '{}') RETURNING id`,
    )
    try {
      await new Promise((resolve) => setTimeout(resolve, 5))
      expect(await version.current()).toBe(inserted.rows[0]?.id)
    } finally {
      await pool.query('DELETE FROM data_load WHERE id = $1', [inserted.rows[0]?.id])
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await version.current()).toBe(before)
  })
})
