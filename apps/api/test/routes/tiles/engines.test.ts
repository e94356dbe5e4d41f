import { type CollectionDefinition, findCollection } from '@heritage-watch/shared'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createFeaturesRepo } from '../../../src/db/features-repo.ts'
import { buildFallbackTile, buildMvtTile, createTilesRepo } from '../../../src/db/tiles-repo.ts'
import { createTilesService } from '../../../src/services/tiles.ts'
import { createTestPool } from '../../helpers/test-app.ts'
import { decodeLayer, slippyTile } from './decode-tile.ts'

const databaseKind = inject('databaseKind')
let pool: pg.Pool
beforeAll(() => {
  pool = createTestPool()
})
afterAll(async () => {
  await pool.end()
})

const collection = (id: string): CollectionDefinition => {
  const found = findCollection(id)
  if (!found) throw new Error(`no collection ${id}`)
  return found
}

/** Each feature of a layer by id: its tags and the bounding box of its tile-unit geometry. */
const byId = (tile: Uint8Array, layerName: string) =>
  new Map(
    (decodeLayer(tile, layerName) ?? []).map((feature) => {
      const points = feature.rings.flat()
      const xs = points.map((point) => point.x)
      const ys = points.map((point) => point.y)
      const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
      return [String(feature.properties.id), { properties: feature.properties, box }]
    }),
  )

describe('tile engines', () => {
  it('uses ST_AsMVT on a PostGIS server and the fallback on PGlite, detected once per pool', async () => {
    const repo = createTilesRepo(pool)
    const expected = databaseKind === 'server' ? 'st-asmvt' : 'fallback'
    expect(await repo.engine()).toBe(expected)
    expect(await createTilesRepo(pool).engine()).toBe(expected)
  })

  it.skipIf(databaseKind !== 'server')(
    'agree on the features, their tags and their extent in the tile (server database only)',
    async () => {
      const tiles: [string, { z: number; x: number; y: number }][] = [
        ['bien-inscrit-elements', slippyTile(3.1722, 50.3319, 14)],
        ['terrils', slippyTile(2.7784, 50.4432, 14)],
        ['zone-tampon-cavaliers', slippyTile(3.17, 50.33, 10)],
        ['communes', slippyTile(3.17, 50.33, 8)],
        ['communes', slippyTile(3.17, 50.33, 3)],
        ['puits-de-mines', slippyTile(3.17, 50.33, 12)],
        ['bien-inscrit-composantes', slippyTile(2.8, 50.45, 11)],
      ]
      for (const [id, tile] of tiles) {
        const label = `${id} ${tile.z}/${tile.x}/${tile.y}`
        const mvt = byId(await buildMvtTile(pool, collection(id), tile), id)
        const fallback = byId(await buildFallbackTile(pool, collection(id), tile), id)
        expect(mvt.size, label).toBeGreaterThan(0)
        expect([...fallback.keys()].sort(), label).toEqual([...mvt.keys()].sort())
        for (const [featureId, made] of mvt) {
          const other = fallback.get(featureId)
          expect(other?.properties, `${label} ${featureId}`).toEqual(made.properties)
          // Both snap the same simplified geometry to the grid; wagyu may move a corner by a unit or two.
          other?.box.forEach((value, index) =>
            expect(Math.abs(value - (made.box[index] ?? 0)), `${label} ${featureId}`).toBeLessThanOrEqual(2),
          )
        }
      }
    },
  )
})

describe('tile cache', () => {
  it('rebuilds a tile when a data load is recorded, and serves it from memory in between', async () => {
    const repo = createTilesRepo(pool)
    let built = 0
    const counting = {
      ...repo,
      tile: (...args: Parameters<typeof repo.tile>) => {
        built += 1
        return repo.tile(...args)
      },
    }
    const service = createTilesService(counting, createFeaturesRepo(pool))
    const params = { z: '14', x: '8318', y: '5525' }
    const before = await service.tile('terrils', params)
    await service.tile('terrils', params)
    expect(built).toBe(1)
    const versionBefore = await repo.dataVersion()
    // A data_load row is what every load writes last; this one is deleted again to leave the data as found.
    const inserted = await pool.query<{ id: number }>(
      `INSERT INTO data_load (source_digest, summary) VALUES ('tiles-cache-test', '{}') RETURNING id`,
    )
    try {
      expect(await repo.dataVersion()).toBe(inserted.rows[0]?.id)
      expect(await service.tile('terrils', params)).toEqual(before)
      expect(built).toBe(2)
    } finally {
      await pool.query('DELETE FROM data_load WHERE id = $1', [inserted.rows[0]?.id])
    }
    expect(await repo.dataVersion()).toBe(versionBefore)
    await service.tile('terrils', params)
    expect(built).toBe(3)
  })
})
