import { FeatureCollectionSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

// CQL2 filters on the real data: each row's expected count comes from its own plain SQL on the table,
// written apart from the code under test (no CQL2 parser, no builder).

const server = useTestApp()

interface Row {
  collection: string
  filter: string
  lang?: 'cql2-text' | 'cql2-json' | 'cql-text'
  crs?: string
  /** The same selection in plain SQL. */
  sql: string
  /** Rows whose filter may match nothing say so; the others must match something to prove anything. */
  empty?: boolean
}

const LENS_BOX = 'ST_MakeEnvelope(2.78, 50.40, 2.88, 50.46, 4326)'
const TRIANGLE = 'POLYGON((2.7 50.3, 3.0 50.3, 3.0 50.5, 2.7 50.3))'
const PRESENT = '(annee_creusement IS NOT NULL OR annee_fermeture IS NOT NULL)'

const ROWS: Row[] = [
  {
    collection: 'terrils',
    filter: "numero = '74A'",
    sql: "SELECT count(*) FROM terril WHERE numero = '74A'",
  },
  {
    collection: 'terrils',
    filter: "numero <> '74A'",
    sql: "SELECT count(*) FROM terril WHERE numero <> '74A'",
  },
  {
    collection: 'terrils',
    filter: "zone = 'bien_inscrit' AND NOT (classement_2016 = 'hors site')",
    sql: "SELECT count(*) FROM terril WHERE zone = 'bien_inscrit' AND classement_2016 <> 'hors site'",
  },
  {
    collection: 'terrils',
    filter: "(forme = 'Conique' OR forme = 'Plat') and zone = 'bien_inscrit'",
    sql: "SELECT count(*) FROM terril WHERE forme IN ('Conique', 'Plat') AND zone = 'bien_inscrit'",
  },
  {
    collection: 'terrils',
    filter: 'element_unesco IS NULL',
    sql: 'SELECT count(*) FROM terril WHERE element_unesco IS NULL',
  },
  {
    collection: 'terrils',
    filter: 'nom IS NOT NULL',
    sql: 'SELECT count(*) FROM terril WHERE nom IS NOT NULL',
  },
  {
    collection: 'terrils',
    filter: "nom LIKE '%Oignies'",
    sql: "SELECT count(*) FROM terril WHERE right(nom, 7) = 'Oignies'",
  },
  {
    collection: 'terrils',
    filter: "CASEI(nom) LIKE casei('%LAVOIR%')",
    sql: "SELECT count(*) FROM terril WHERE position('lavoir' in lower(nom)) > 0",
  },
  {
    collection: 'terrils',
    filter: "numero IN ('74', '74A', '1')",
    sql: "SELECT count(*) FROM terril WHERE numero = ANY(ARRAY['74', '74A', '1'])",
  },
  {
    collection: 'terrils',
    filter: "communes = 'Loos-en-Gohelle'",
    sql: "SELECT count(*) FROM terril WHERE 'Loos-en-Gohelle' = ANY(communes)",
  },
  {
    collection: 'puits-de-mines',
    filter: 'annee_creusement BETWEEN 1850 AND 1900',
    sql: 'SELECT count(*) FROM mine_shaft WHERE annee_creusement >= 1850 AND annee_creusement <= 1900',
  },
  {
    collection: 'puits-de-mines',
    filter: 'annee_creusement NOT BETWEEN 1850 AND 1900',
    sql: 'SELECT count(*) FROM mine_shaft WHERE annee_creusement < 1850 OR annee_creusement > 1900',
  },
  {
    collection: 'puits-de-mines',
    filter: 'annee_fermeture >= 1980 and annee_creusement < 1900',
    sql: 'SELECT count(*) FROM mine_shaft WHERE annee_fermeture >= 1980 AND annee_creusement < 1900',
  },
  {
    collection: 'communes',
    filter: `S_INTERSECTS(geometry, BBOX(2.78, 50.40, 2.88, 50.46))`,
    sql: `SELECT count(*) FROM commune WHERE ST_Intersects(geom, ${LENS_BOX})`,
  },
  {
    collection: 'puits-de-mines',
    filter: `S_WITHIN(geometry, ${TRIANGLE})`,
    sql: `SELECT count(*) FROM mine_shaft WHERE ST_Within(geom, ST_GeomFromText('${TRIANGLE}', 4326))`,
  },
  {
    collection: 'communes',
    filter: 'S_INTERSECTS(geometry, POINT(684000 7036000))',
    crs: 'http://www.opengis.net/def/crs/EPSG/0/2154',
    sql: 'SELECT count(*) FROM commune WHERE ST_Intersects(geom, ST_Transform(ST_SetSRID(ST_MakePoint(684000, 7036000), 2154), 4326))',
  },
  {
    collection: 'communes',
    filter: 'S_INTERSECTS(geometry, POINT(50.43 2.83))',
    crs: 'http://www.opengis.net/def/crs/EPSG/0/4326',
    sql: 'SELECT count(*) FROM commune WHERE ST_Intersects(geom, ST_SetSRID(ST_MakePoint(2.83, 50.43), 4326))',
  },
  {
    collection: 'puits-de-mines',
    filter: "T_BEFORE(datetime, DATE('1900-01-01'))",
    sql: 'SELECT count(*) FROM mine_shaft WHERE annee_fermeture < 1900',
  },
  {
    collection: 'puits-de-mines',
    filter: "T_AFTER(datetime, TIMESTAMP('1950-06-01T12:00:00Z'))",
    sql: 'SELECT count(*) FROM mine_shaft WHERE annee_creusement >= 1951',
  },
  {
    collection: 'puits-de-mines',
    filter: "T_INTERSECTS(datetime, INTERVAL('1950-01-01', '1960-12-31'))",
    sql: `SELECT count(*) FROM mine_shaft WHERE ${PRESENT}
          AND (annee_creusement IS NULL OR annee_creusement <= 1960) AND (annee_fermeture IS NULL OR annee_fermeture >= 1950)`,
  },
  {
    collection: 'puits-de-mines',
    filter: "T_DURING(datetime, INTERVAL('1850-01-01', '1990-12-31'))",
    sql: 'SELECT count(*) FROM mine_shaft WHERE annee_creusement >= 1851 AND annee_fermeture <= 1989',
  },
  {
    collection: 'puits-de-mines',
    filter: "T_INTERSECTS(datetime, INTERVAL('..', '1800-12-31'))",
    sql: `SELECT count(*) FROM mine_shaft WHERE ${PRESENT} AND (annee_creusement IS NULL OR annee_creusement <= 1800)`,
    empty: true,
  },
  {
    collection: 'terrils',
    lang: 'cql2-json',
    filter: JSON.stringify({
      op: 'and',
      args: [
        { op: '=', args: [{ property: 'zone' }, 'zone_tampon'] },
        { op: 'in', args: [{ property: 'classement_2016' }, ['classé', 'en partie']] },
      ],
    }),
    sql: "SELECT count(*) FROM terril WHERE zone = 'zone_tampon' AND classement_2016 <> 'hors site'",
  },
  {
    collection: 'communes',
    lang: 'cql2-json',
    filter: JSON.stringify({
      op: 's_intersects',
      args: [{ property: 'geometry' }, { bbox: [2.78, 50.4, 2.88, 50.46] }],
    }),
    sql: `SELECT count(*) FROM commune WHERE ST_Intersects(geom, ${LENS_BOX})`,
  },
  {
    collection: 'puits-de-mines',
    lang: 'cql2-json',
    filter: JSON.stringify({
      op: 'and',
      args: [
        {
          op: 's_within',
          args: [
            { property: 'geometry' },
            {
              type: 'Polygon',
              coordinates: [
                [
                  [2.7, 50.3],
                  [3, 50.3],
                  [3, 50.5],
                  [2.7, 50.3],
                ],
              ],
            },
          ],
        },
        { op: 't_before', args: [{ property: 'datetime' }, { date: '1950-01-01' }] },
      ],
    }),
    sql: `SELECT count(*) FROM mine_shaft WHERE ST_Within(geom, ST_GeomFromText('${TRIANGLE}', 4326)) AND annee_fermeture < 1950`,
  },
  {
    collection: 'terrils',
    lang: 'cql-text',
    filter: "(zone = 'bien_inscrit') AND (nom ILIKE '%LAVOIR%')",
    sql: "SELECT count(*) FROM terril WHERE zone = 'bien_inscrit' AND lower(nom) LIKE '%lavoir%'",
  },
]

const matched = async (row: Row) => {
  const query = new URLSearchParams({ filter: row.filter, limit: '1' })
  if (row.lang) query.set('filter-lang', row.lang)
  if (row.crs) query.set('filter-crs', row.crs)
  const response = await server.app.inject({ url: `/collections/${row.collection}/items?${query}` })
  expect(response.statusCode, response.body).toBe(200)
  return FeatureCollectionSchema.parse(response.json()).numberMatched
}

describe('CQL2 filter on the items of every collection (real data)', () => {
  it.each(ROWS)('$collection: $filter', async (row) => {
    const { rows } = await server.pool.query<{ count: string }>(row.sql)
    const expected = Number(rows[0]?.count)
    if (!row.empty) expect(expected).toBeGreaterThan(0)
    expect(await matched(row)).toBe(expected)
  })

  it('combines with the other parameters: a filter, a bbox and a simple filter are all applied', async () => {
    const query = new URLSearchParams({
      filter: "zone = 'bien_inscrit'",
      bbox: '2.78,50.40,2.88,50.46',
      forme: 'conique',
    })
    const response = await server.app.inject({ url: `/collections/terrils/items?${query}` })
    expect(response.statusCode, response.body).toBe(200)
    const { rows } = await server.pool.query<{ count: string }>(
      `SELECT count(*) FROM terril WHERE zone = 'bien_inscrit' AND lower(forme) = 'conique' AND ST_Intersects(geom, ${LENS_BOX})`,
    )
    expect(FeatureCollectionSchema.parse(response.json()).numberMatched).toBe(Number(rows[0]?.count))
  })

  it('keeps the filter in the next page link', async () => {
    const query = new URLSearchParams({ filter: "zone = 'zone_tampon'", limit: '10' })
    const response = await server.app.inject({ url: `/collections/terrils/items?${query}` })
    const next = FeatureCollectionSchema.parse(response.json()).links.find((link) => link.rel === 'next')
    expect(new URL(next?.href ?? 'http://x/').searchParams.get('filter')).toBe("zone = 'zone_tampon'")
  })
})
