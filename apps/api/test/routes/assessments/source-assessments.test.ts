import path from 'node:path'
import { AssessmentSeriesSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../../src/config.ts'
import { loadData } from '../../../src/data-load/load-data.ts'
import { inTransaction } from '../../../src/db/pool.ts'
import { type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// The 11 endangered sites start with what the sources say of them (issue #10 §6): one constat each,
// marked as source-derived and never as a visit, written once whatever the number of loads.
let partner: Session

beforeAll(async () => {
  partner = await accounts.session('partner')
})

// The indicators' fixture adds a synthetic source-derived constat of its own (labelled so): left out.
const SOURCE_ROWS = `SELECT feature_id, condition, trend, occupancy, priority, threats, source, author_id,
  to_char(visited_on, 'YYYY-MM-DD') AS visited_on
FROM assessment WHERE origin = 'source' AND source NOT LIKE 'synthetic%' ORDER BY feature_id`

describe('the endangered sites’ source-derived constats', () => {
  it('holds one per site after the load, from the source, with the least committal values', async () => {
    const { rows } = await server.pool.query(SOURCE_ROWS)
    expect(rows).toHaveLength(11)
    const sites = await server.pool.query('SELECT id, source FROM site_at_risk ORDER BY id')
    expect(rows.map((row) => row.feature_id)).toEqual(sites.rows.map((row) => row.id))
    for (const row of rows) {
      expect(row.author_id).toBeNull()
      expect(row.visited_on).toBe('2018-06-26')
      expect(row.source).toBe(sites.rows.find((site) => site.id === row.feature_id)?.source)
      expect(row.occupancy).toBe('inconnu')
    }
    const douaniers = rows.find((row) => row.feature_id === '2')
    expect(douaniers).toMatchObject({ condition: 'tres_mauvais', priority: 'A', trend: 'degradation' })
    const others = rows.filter((row) => row.feature_id !== '2')
    expect(new Set(others.map((row) => `${row.condition} ${row.trend} ${row.priority}`))).toEqual(
      new Set(['mauvais inconnue C']),
    )
  })

  it('is not written again by a reload, forced or not', async () => {
    for (const force of [false, true]) {
      await inTransaction(server.pool, (client) =>
        loadData(client, { dataDir: path.join(repositoryRoot, 'data'), force }),
      )
    }
    const { rows } = await server.pool.query(SOURCE_ROWS)
    expect(rows).toHaveLength(11)
  })

  it('is shown to any account as “d’après la source”, with its trend stated by the source', async () => {
    const response = await server.app.inject({
      url: '/assessments?feature=sites-en-danger/2',
      headers: { cookie: partner.cookie },
    })
    const series = AssessmentSeriesSchema.parse(response.json())
    expect(series.assessments[0]).toMatchObject({ origin: 'source', status: 'validee', author: null })
    expect(series.assessments[0]?.source).toMatch(/Patrimoine minier en danger/)
    expect(series.latest?.facts.condition).toBe('tres_mauvais')
  })
})
