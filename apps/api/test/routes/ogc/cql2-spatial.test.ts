import { FeatureCollectionSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

// Every spatial function of CQL2 (the spatial-functions class the server declares) with every kind of
// literal, on the real communes and shafts: each count is PostGIS's on the WKT, read apart from the API.

const server = useTestApp()

const FUNCTIONS = [
  'S_INTERSECTS',
  'S_WITHIN',
  'S_CONTAINS',
  'S_DISJOINT',
  'S_EQUALS',
  'S_TOUCHES',
  'S_OVERLAPS',
  'S_CROSSES',
]
const LITERALS = [
  'POINT(2.83 50.43)',
  'LINESTRING(2.7 50.3, 3.0 50.5)',
  'POLYGON((2.7 50.3, 3.0 50.3, 3.0 50.5, 2.7 50.3))',
  'MULTIPOINT((2.83 50.43), (3.18 50.34))',
  'MULTILINESTRING((2.7 50.3, 3.0 50.5), (3.1 50.3, 3.2 50.4))',
  'MULTIPOLYGON(((2.7 50.3, 3.0 50.3, 3.0 50.5, 2.7 50.3)))',
  'GEOMETRYCOLLECTION(POINT(2.83 50.43), LINESTRING(3.1 50.3, 3.2 50.4))',
]
const TABLES: Record<string, string> = { communes: 'commune', 'puits-de-mines': 'mine_shaft' }

const CASES = Object.keys(TABLES).flatMap((collection) =>
  FUNCTIONS.flatMap((operator) => LITERALS.map((wkt) => ({ collection, operator, wkt }))),
)

describe('CQL2 spatial functions', () => {
  it.each(CASES)('$collection: $operator(geometry, $wkt)', async ({ collection, operator, wkt }) => {
    const postgis = `ST_${operator.slice(2).charAt(0)}${operator.slice(3).toLowerCase()}`
    const { rows } = await server.pool.query<{ count: string }>(
      `SELECT count(*) FROM ${TABLES[collection]} WHERE ${postgis}(geom, ST_GeomFromText($1, 4326))`,
      [wkt],
    )
    const query = new URLSearchParams({ filter: `${operator}(geometry, ${wkt})`, limit: '1' })
    const response = await server.app.inject({ url: `/collections/${collection}/items?${query}` })
    expect(response.statusCode, response.body).toBe(200)
    expect(FeatureCollectionSchema.parse(response.json()).numberMatched).toBe(Number(rows[0]?.count))
  })

  it('the table’s point lies in exactly one commune: its rows are not all empty answers', async () => {
    const { rows } = await server.pool.query<{ count: string }>(
      `SELECT count(*) FROM commune WHERE ST_Contains(geom, ST_GeomFromText('POINT(2.83 50.43)', 4326))`,
    )
    expect(Number(rows[0]?.count)).toBe(1)
  })
})
