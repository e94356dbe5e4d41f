import { describe, expect, it } from 'vitest'
import { GDAL_SUITES_RUN, run } from '../helpers/gdal.ts'
import { useListeningTestApp } from '../helpers/test-app.ts'

// GDAL 3.6's OAPIF driver turns `-where` into `filter=…&filter-lang=cql-text` once the OpenAPI document
// offers `cql-text` among filter-lang's values, for the properties that are query parameters of the
// items path. Its debug output shows each URL it fetches: the filter must reach the server, and the
// count must be the database's (counted here in plain SQL).

const CASES = [
  { layer: 'terrils', where: "numero = '74A'", sql: "SELECT count(*) FROM terril WHERE numero = '74A'" },
  {
    layer: 'terrils',
    where: "zone = 'bien_inscrit' AND (forme = 'Conique' OR forme = 'Plat')",
    sql: "SELECT count(*) FROM terril WHERE zone = 'bien_inscrit' AND forme IN ('Conique', 'Plat')",
  },
  {
    layer: 'terrils',
    where: "nom LIKE '%Oignies' AND NOT (classement_2016 = 'hors site')",
    sql: "SELECT count(*) FROM terril WHERE nom LIKE '%Oignies' AND classement_2016 <> 'hors site'",
  },
  {
    layer: 'puits-de-mines',
    where: 'annee_creusement BETWEEN 1850 AND 1900 AND concession IS NOT NULL',
    sql: 'SELECT count(*) FROM mine_shaft WHERE annee_creusement BETWEEN 1850 AND 1900 AND concession IS NOT NULL',
  },
  {
    layer: 'puits-de-mines',
    where: 'annee_fermeture >= 1980',
    sql: 'SELECT count(*) FROM mine_shaft WHERE annee_fermeture >= 1980',
  },
]

describe.runIf(GDAL_SUITES_RUN)('GDAL sends -where as a CQL filter', () => {
  const server = useListeningTestApp()

  it.each(CASES)(
    '$layer -where "$where"',
    async ({ layer, where, sql }) => {
      const { rows } = await server.pool.query<{ count: string }>(sql)
      expect(Number(rows[0]?.count)).toBeGreaterThan(0)
      const { stdout, stderr } = await run(
        'ogrinfo',
        [
          '-ro',
          '-so',
          '--config',
          'CPL_DEBUG',
          'ON',
          '-oo',
          'PAGE_SIZE=1000',
          '-where',
          where,
          `OAPIF:${server.url}/`,
          layer,
        ],
        { timeout: 120_000 },
      )
      const fetched = [...stderr.matchAll(/HTTP: Fetch\((\S+)\)/g)].map(
        (match) => new URL(match[1] as string),
      )
      const filtered = fetched.filter((fetchedUrl) => fetchedUrl.searchParams.has('filter'))
      expect(filtered.length, stderr).toBeGreaterThan(0)
      expect(filtered[0]?.searchParams.get('filter-lang')).toBe('cql-text')
      expect(stderr).not.toMatch(/Full filter will be evaluated on client side|Only part of the filter/)
      expect(Number(/Feature Count: (\d+)/.exec(stdout)?.[1])).toBe(Number(rows[0]?.count))
    },
    150_000,
  )
})
