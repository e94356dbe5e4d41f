import { afterAll, describe, expect, inject, it } from 'vitest'
import { createRawTextPool } from '../../src/db/raw-text-pool.ts'
import { createTestPool } from '../helpers/test-app.ts'

// The raw-text pool (db/raw-text-pool.ts) is only built on a server database (app.ts).
describe.runIf(inject('databaseKind') === 'server')('raw-text pool', () => {
  const pool = createTestPool()
  const raw = createRawTextPool(pool)
  afterAll(async () => {
    await raw.end()
    await pool.end()
  })

  it('reads a text as the binary string of its UTF-8 bytes, numbers as numbers', async () => {
    // Characters of one, two, three and four UTF-8 bytes.
    const text = 'a é — œ 𝄞 "\\'
    const { rows } = await raw.query<{ text: string; n: number; nothing: null }>(
      'SELECT $1::text AS text, 42::int AS n, NULL::text AS nothing',
      [text],
    )
    expect(rows[0]!.text).toBe(Buffer.from(text).toString('latin1'))
    expect(Buffer.from(rows[0]!.text, 'latin1').toString()).toBe(text)
    expect(rows[0]!.n).toBe(42)
    expect(rows[0]!.nothing).toBeNull()
    // The ordinary pool still decodes.
    expect((await pool.query<{ text: string }>('SELECT $1::text AS text', [text])).rows[0]!.text).toBe(text)
  })

  it('runs prepared statements and reports errors with their SQLSTATE', async () => {
    const query = { name: 'raw-text-test', text: 'SELECT $1::int + 1 AS n', values: [1] }
    expect((await raw.query<{ n: number }>(query)).rows[0]!.n).toBe(2)
    expect((await raw.query<{ n: number }>({ ...query, values: [41] })).rows[0]!.n).toBe(42)
    await expect(raw.query('SELECT 1 / 0')).rejects.toMatchObject({ code: '22012' })
  })
})
