import { ALERTS_COLLECTION_ID, FeatureCollectionSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert, FOSSE_DELLOYE } from '../alerts/alert-fixtures.ts'

// CQL2 on the private alerts: what a filter selects is checked against plain SQL on the alert table,
// within what the caller may see (a partner: its organisation's alerts; an officer: all).

const server = useTestApp()
const accounts = useAccounts(server)
const PATH = `/collections/${ALERTS_COLLECTION_ID}/items`

let officer: Session
let partner: Session
let otherPartner: Session
let otherCritical: string

beforeAll(async () => {
  officer = await accounts.session('officer')
  partner = await accounts.session('partner')
  otherPartner = await accounts.session('partner')
  await createAlert(server.app, partner, { observedOn: '2026-10-01' })
  await createAlert(server.app, partner, {
    features: [FOSSE_DELLOYE],
    category: 'vandalisme',
    severity: 'critical',
    observedOn: '2026-11-02',
  })
  await createAlert(server.app, partner, {
    features: [],
    geometry: { type: 'Point', coordinates: [2.771748, 50.443281] },
    observedOn: '2026-11-03',
  })
  otherCritical = (
    await createAlert(server.app, otherPartner, {
      features: [FOSSE_DELLOYE],
      category: 'vandalisme',
      severity: 'critical',
      observedOn: '2026-11-02',
    })
  ).id
})

const LEWARDE_BOX = 'ST_MakeEnvelope(3.15, 50.32, 3.20, 50.35, 4326)'
const CASES: { filter: string; lang?: string; sql: string }[] = [
  { filter: "severity = 'critical'", sql: "severity = 'critical'" },
  {
    filter: "category IN ('erosion', 'vandalisme') AND NOT status = 'resolue'",
    sql: "category IN ('erosion', 'vandalisme') AND status <> 'resolue'",
  },
  {
    filter: "geometryOrigin = 'drawn' OR severity <> 'critical'",
    sql: "geometry_origin = 'drawn' OR severity <> 'critical'",
  },
  {
    filter: 'S_INTERSECTS(geometry, BBOX(3.15, 50.32, 3.20, 50.35))',
    sql: `ST_Intersects(geom, ${LEWARDE_BOX})`,
  },
  { filter: "T_AFTER(observedOn, DATE('2026-10-15'))", sql: "observed_on > '2026-10-15'" },
  {
    filter: "T_DURING(observedOn, INTERVAL('2026-11-01', '2026-11-30'))",
    sql: "observed_on > '2026-11-01' AND observed_on < '2026-11-30'",
  },
  {
    filter: JSON.stringify({
      op: 'and',
      args: [
        { op: '=', args: [{ property: 'category' }, 'vandalisme'] },
        { op: 't_intersects', args: [{ property: 'observedOn' }, { interval: ['2026-11-01', '..'] }] },
      ],
    }),
    lang: 'cql2-json',
    sql: "category = 'vandalisme' AND observed_on >= '2026-11-01'",
  },
]

const found = async (session: Session, filter: string, lang?: string) => {
  const query = new URLSearchParams({ filter, limit: '10000', ...(lang ? { 'filter-lang': lang } : {}) })
  const response = await server.app.inject({ url: `${PATH}?${query}`, headers: { cookie: session.cookie } })
  expect(response.statusCode, response.body).toBe(200)
  return FeatureCollectionSchema.parse(response.json())
    .features.map((feature) => feature.id)
    .sort()
}

/** The ids plain SQL selects, within one organisation or (officers) all. */
const expected = async (sql: string, organisationId: string | 'all') => {
  const scope = organisationId === 'all' ? '' : 'organisation_id = $1 AND'
  const { rows } = await server.pool.query<{ id: string }>(
    `SELECT id::text FROM alert WHERE ${scope} (${sql}) ORDER BY 1`,
    organisationId === 'all' ? [] : [organisationId],
  )
  return rows.map((row) => row.id).sort()
}

describe('CQL2 on the alerts collection', () => {
  it.each(CASES)(
    'a partner gets its organisation’s alerts that match $filter',
    async ({ filter, lang, sql }) => {
      const organisation = partner.user.organisation?.id
      if (!organisation) throw new Error('a partner has an organisation')
      const want = await expected(sql, organisation)
      expect(want.length).toBeGreaterThan(0)
      expect(await found(partner, filter, lang)).toEqual(want)
    },
  )

  it('never shows a partner another organisation’s alert, whatever the filter; an officer sees both', async () => {
    const filter = "severity = 'critical' AND category = 'vandalisme'"
    expect(await found(partner, filter)).not.toContain(otherCritical)
    expect(await found(otherPartner, filter)).toContain(otherCritical)
    const all = await found(officer, filter)
    expect(all).toEqual(await expected("severity = 'critical' AND category = 'vandalisme'", 'all'))
    expect(all).toContain(otherCritical)
  })

  it('refuses a property that is not an alert queryable, and anonymous callers', async () => {
    const query = new URLSearchParams({ filter: "title = 'x'" })
    const response = await server.app.inject({ url: `${PATH}?${query}`, headers: { cookie: partner.cookie } })
    const problem = expectProblem(response, 400)
    expect(invalidNames(problem)).toEqual(['filter'])
    expect(problem['invalid-params']?.[0]?.reason).toMatch(/"title" is not a queryable/)
    expectProblem(
      await server.app.inject({ url: `${PATH}?${new URLSearchParams({ filter: "severity = 'low'" })}` }),
      401,
    )
  })
})
