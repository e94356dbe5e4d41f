import { ASSESSMENTS_COLLECTION_ID, FeatureCollectionSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAssessment, terrilsForFile } from '../assessments/assessment-fixtures.ts'

// CQL2 on the private constats: each filter's result is checked against plain SQL on the assessment
// table within the caller's scope (a partner: its organisation's and the source-derived constats).

const server = useTestApp()
const accounts = useAccounts(server)
const PATH = `/collections/${ASSESSMENTS_COLLECTION_ID}/items`

let officer: Session
let partner: Session
let otherPartner: Session
let othersConstat: string

beforeAll(async () => {
  officer = await accounts.session('officer')
  partner = await accounts.session('partner')
  otherPartner = await accounts.session('partner')
  const [first, second] = await terrilsForFile(server.pool, 40, 2)
  await createAssessment(server.app, partner, {
    feature: { collection: 'terrils', id: first! },
    visitedOn: '2025-04-04',
  })
  await createAssessment(server.app, partner, {
    feature: { collection: 'terrils', id: second! },
    visitedOn: '2025-08-08',
    condition: 'tres_mauvais',
  })
  othersConstat = (
    await createAssessment(server.app, otherPartner, {
      feature: { collection: 'terrils', id: second! },
      visitedOn: '2025-08-09',
      condition: 'tres_mauvais',
    })
  ).id
})

const CASES: { filter: string; lang?: string; sql: string }[] = [
  { filter: "condition = 'tres_mauvais'", sql: "condition = 'tres_mauvais'" },
  {
    filter: "condition IN ('bon', 'moyen', 'mauvais') AND collection = 'terrils'",
    sql: "condition <> 'tres_mauvais' AND collection = 'terrils'",
  },
  { filter: "T_AFTER(visitedOn, DATE('2025-06-30'))", sql: "visited_on > '2025-06-30'" },
  {
    filter: 'S_INTERSECTS(geometry, BBOX(2.5, 50.2, 3.6, 50.8))',
    sql: 'ST_Intersects(anchor, ST_MakeEnvelope(2.5, 50.2, 3.6, 50.8, 4326))',
  },
  {
    filter: JSON.stringify({
      op: 'and',
      args: [
        { op: '=', args: [{ property: 'collection' }, 'terrils'] },
        { op: 't_before', args: [{ property: 'visitedOn' }, { date: '2025-06-30' }] },
      ],
    }),
    lang: 'cql2-json',
    sql: "collection = 'terrils' AND visited_on < '2025-06-30'",
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

/** The ids plain SQL selects within a partner's scope. */
const expected = async (sql: string, organisationId: string) => {
  const { rows } = await server.pool.query<{ id: string }>(
    `SELECT id::text FROM assessment WHERE (organisation_id = $1 OR origin = 'source') AND (${sql})`,
    [organisationId],
  )
  return rows.map((row) => row.id).sort()
}

describe('CQL2 on the constats collection', () => {
  it.each(CASES)(
    'a partner gets the constats in its scope that match $filter',
    async ({ filter, lang, sql }) => {
      const organisation = partner.user.organisation?.id
      if (!organisation) throw new Error('a partner has an organisation')
      const want = await expected(sql, organisation)
      expect(want.length).toBeGreaterThan(0)
      expect(await found(partner, filter, lang)).toEqual(want)
    },
  )

  it('keeps another organisation’s constat from a partner; an officer sees it', async () => {
    expect(await found(partner, "condition = 'tres_mauvais'")).not.toContain(othersConstat)
    expect(await found(officer, "condition = 'tres_mauvais'")).toContain(othersConstat)
  })

  it('refuses what is not a constat queryable by the name filter', async () => {
    const query = new URLSearchParams({ filter: "note LIKE '%x%'" })
    const response = await server.app.inject({ url: `${PATH}?${query}`, headers: { cookie: partner.cookie } })
    const problem = expectProblem(response, 400)
    expect(invalidNames(problem)).toEqual(['filter'])
    expect(problem['invalid-params']?.[0]?.reason).toMatch(/"note" is not a queryable/)
  })
})
