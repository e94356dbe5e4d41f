import { COLLECTIONS, CRS84, itemsQuerySchema } from '@heritage-watch/shared'
import { afterAll, describe, expect, it } from 'vitest'
import { collectionTable } from '../../src/collections/collection-tables.ts'
import { whereClause } from '../../src/db/sql/features.sql.ts'
import { createTestPool } from '../helpers/test-app.ts'

// A CRS84 bbox keeps a geometry whose stored box lies inside it without asking GEOS (features.sql.ts,
// boxInside): the matches must be exactly those of ST_Intersects, edges included.
const pool = createTestPool()
afterAll(() => pool.end())

type Bbox = [number, number, number, number]

/** Bboxes on a collection's own geometries: each one's exact extent, a hair inside and outside it. */
async function bboxesOf(table: string, where: string | undefined): Promise<Bbox[]> {
  const { rows } = await pool.query<{ x0: number; y0: number; x1: number; y1: number }>(
    `SELECT ST_XMin(geom::box3d) AS x0, ST_YMin(geom::box3d) AS y0, ST_XMax(geom::box3d) AS x1,
       ST_YMax(geom::box3d) AS y1 FROM ${table} WHERE geom IS NOT NULL${where ? ` AND (${where})` : ''}
     ORDER BY id LIMIT 12`,
  )
  const hair = 1e-7
  const ordered = ([minX, minY, maxX, maxY]: Bbox) => minX < maxX && minY < maxY
  return rows
    .flatMap(({ x0, y0, x1, y1 }) => [
      [x0, y0, x1, y1] as Bbox,
      [x0 + hair, y0 + hair, x1 - hair, y1 - hair] as Bbox,
      [x0 - hair, y0 - hair, x1 + hair, y1 + hair] as Bbox,
      // Its south-west quarter: geometries across the edges.
      [x0, y0, (x0 + x1) / 2, (y0 + y1) / 2] as Bbox,
      // A point: a box around it, and one with the point on its corner.
      [x0 - hair, y0 - hair, x1 + hair, y1 + hair] as Bbox,
      [x0, y0, x0 + hair, y0 + hair] as Bbox,
    ])
    .filter(ordered)
}

const ids = async (text: string, values: unknown[]) =>
  (await pool.query<{ id: string }>(text, values)).rows.map((row) => row.id)

describe('bbox filter with the stored-box shortcut', () => {
  it.each(COLLECTIONS.map((collection) => collection.id))(
    '%s: the same features as ST_Intersects',
    async (id) => {
      const collection = COLLECTIONS.find((candidate) => candidate.id === id)!
      const table = collectionTable(id)
      const bboxes = [...(await bboxesOf(table.table, table.where)), [2.5, 50.2, 3.1, 50.6] as Bbox]
      for (const bbox of bboxes) {
        const query = itemsQuerySchema(collection).parse({ bbox: bbox.join(','), limit: '10000' })
        expect(query.bbox?.crs).toBe(CRS84)
        const values: unknown[] = []
        const where = whereClause(table, collection, query, values)
        expect(where).toContain('postgis_getbbox')
        const shortcut = await ids(`SELECT id FROM ${table.table}${where} ORDER BY id`, values)
        const exact = await ids(
          `SELECT id FROM ${table.table} WHERE ${table.where ? `(${table.where}) AND ` : ''}
             ST_Intersects(geom, ST_MakeEnvelope($1, $2, $3, $4, 4326)) ORDER BY id`,
          bbox,
        )
        expect(shortcut, `${id} ${bbox.join(',')}`).toEqual(exact)
      }
    },
  )

  it('keeps no geometry that lies a hair outside the bbox, where float4 boxes would overlap', async () => {
    // Synthetic geometries (test shapes, not real places) around a bbox edge that float4 cannot hold:
    // 2.1 rounds to 2.1000001, so `@` or a float box of the bbox would take the first two.
    const synthetic = `(SELECT * FROM (VALUES
        ('outside-polygon', ST_GeomFromText('POLYGON((2.10000005 50.5, 2.10000008 50.5, 2.10000008 50.6, 2.10000005 50.5))', 4326)),
        ('outside-point', ST_GeomFromText('POINT(2.10000005 50.5)', 4326)),
        ('on-edge', ST_GeomFromText('LINESTRING(2.1 50.5, 2.2 50.5)', 4326)),
        ('inside', ST_GeomFromText('POLYGON((2.05 50.5, 2.09 50.5, 2.09 50.6, 2.05 50.5))', 4326)),
        ('across', ST_GeomFromText('LINESTRING(2.05 50.5, 2.2 50.6)', 4326)),
        ('empty', ST_GeomFromText('POLYGON EMPTY', 4326))
      ) AS shapes (id, geom)) AS synthetic`
    const collection = COLLECTIONS.find((candidate) => candidate.id === 'terrils')!
    const query = itemsQuerySchema(collection).parse({ bbox: '2,50,2.1,51' })
    const values: unknown[] = []
    const where = whereClause({ table: synthetic }, collection, query, values)
    expect(await ids(`SELECT id FROM ${synthetic}${where} ORDER BY id`, values)).toEqual([
      'across',
      'inside',
      'on-edge',
    ])
  })
})
