import { afterAll, describe, expect, inject, it } from 'vitest'
import { createTestPool } from '../helpers/test-app.ts'

const pool = createTestPool()
afterAll(() => pool.end())

describe('the pool’s session settings', () => {
  it.skipIf(inject('databaseKind') !== 'server')(
    'turns JIT off on a server, where it only slowed the API’s queries',
    async () => {
      const { rows } = await pool.query<{ jit: string }>('SHOW jit')
      expect(rows[0]?.jit).toBe('off')
    },
  )

  it.skipIf(inject('databaseKind') !== 'server')(
    'plans no parallel workers on a server, whose cores serve the other requests',
    async () => {
      const { rows } = await pool.query<{ workers: string }>('SELECT current_setting($1) AS workers', [
        'max_parallel_workers_per_gather',
      ])
      expect(rows[0]?.workers).toBe('0')
    },
  )

  it('still answers on the embedded database, which is given no startup options', async () => {
    const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one')
    expect(rows[0]?.one).toBe(1)
  })
})
