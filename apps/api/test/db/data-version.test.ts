import { describe, expect, it } from 'vitest'
import { createDataVersion } from '../../src/db/data-version.ts'
import { useTestApp } from '../helpers/test-app.ts'

const server = useTestApp()

describe('createDataVersion', () => {
  it('remembers the version for maxAgeMs and reads a new load after invalidate()', async () => {
    const version = createDataVersion(server.pool, { maxAgeMs: 60_000 })
    const before = await version.current()
    const added = await server.pool.query<{ id: number }>(
      `INSERT INTO data_load (source_digest, summary)
       SELECT source_digest, summary FROM data_load ORDER BY id DESC LIMIT 1 RETURNING id`,
    )
    try {
      expect(await version.current()).toBe(before)
      version.invalidate()
      expect(await version.current()).toBe(added.rows[0]?.id)
    } finally {
      await server.pool.query('DELETE FROM data_load WHERE id = $1', [added.rows[0]?.id])
    }
  })

  it('reads again once maxAgeMs has passed', async () => {
    const version = createDataVersion(server.pool, { maxAgeMs: 1 })
    const first = await version.current()
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await version.current()).toBe(first)
  })
})
