import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createTestPool } from '../helpers/test-app.ts'

// The embedded engine as startEmbeddedPostgis configures it (docs/architecture.md §32): a small
// shared_buffers, and PostGIS from the trimmed bundle, which must still do all that the API asks of it.
const embedded = inject('databaseKind') === 'embedded'
let pool: pg.Pool
beforeAll(() => {
  pool = createTestPool()
})
afterAll(async () => {
  await pool.end()
})

describe.runIf(embedded)('the embedded PostGIS engine', () => {
  it('runs with the small shared_buffers it is started with', async () => {
    const { rows } = await pool.query<{ shared_buffers: string }>('SHOW shared_buffers')
    expect(rows[0]?.shared_buffers).toBe('16MB')
  })

  it('offers PostGIS alone: the raster, topology and geocoder extensions were left out of the bundle', async () => {
    const { rows } = await pool.query<{ name: string }>(
      "SELECT name FROM pg_available_extensions WHERE name LIKE 'postgis%' ORDER BY name",
    )
    expect(rows.map((row) => row.name)).toEqual(['postgis'])
  })

  it('still transforms to Lambert-93 with PROJ data from the bundle', async () => {
    // Synthetic point: the Paris meridian at 46.5° N, the projection's origin (700000, 6600000).
    const { rows } = await pool.query<{ x: number; y: number }>(
      'SELECT round(ST_X(p))::int AS x, round(ST_Y(p))::int AS y FROM ST_Transform(ST_SetSRID(ST_MakePoint(3, 46.5), 4326), 2154) AS p',
    )
    expect(rows[0]).toEqual({ x: 700000, y: 6600000 })
  })
})
