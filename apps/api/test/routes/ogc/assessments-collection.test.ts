import {
  ASSESSMENTS_COLLECTION_ID,
  CollectionSchema,
  CollectionsSchema,
  FeatureCollectionSchema,
  FeatureSchema,
} from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAssessment, terrilsForFile } from '../assessments/assessment-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// The constats as a private OGC collection (issue #10 §2), with the alerts' rights: listed and served
// to accounts only, each seeing what it may; queryables; `datetime` on the visit date.
const PATH = `/collections/${ASSESSMENTS_COLLECTION_ID}`
let officer: Session
let partnerA: Session
let partnerB: Session
let ofPartnerA: string
let byOfficer: string

beforeAll(async () => {
  officer = await accounts.session('officer')
  partnerA = await accounts.session('partner')
  partnerB = await accounts.session('partner')
  const [terril] = await terrilsForFile(server.pool, 20, 1)
  const feature = { collection: 'terrils', id: terril! }
  ofPartnerA = (await createAssessment(server.app, partnerA, { feature, visitedOn: '2025-03-03' })).id
  byOfficer = (
    await createAssessment(server.app, officer, {
      feature,
      visitedOn: '2025-09-09',
      condition: 'tres_mauvais',
    })
  ).id
})

const as = (session: Session | undefined, url: string) =>
  server.app.inject({ url, headers: session ? { cookie: session.cookie } : {} })
const ids = (body: unknown) => FeatureCollectionSchema.parse(body).features.map((feature) => feature.id)

describe('the constats collection', () => {
  it('is listed for accounts only, and refuses anonymous callers on every path', async () => {
    const anonymous = CollectionsSchema.parse((await as(undefined, '/collections')).json())
    expect(anonymous.collections.map((c) => c.id)).not.toContain(ASSESSMENTS_COLLECTION_ID)
    const listed = CollectionsSchema.parse((await as(partnerA, '/collections')).json())
    expect(listed.collections.map((c) => c.id)).toContain(ASSESSMENTS_COLLECTION_ID)
    for (const path of [PATH, `${PATH}/items`, `${PATH}/items/${byOfficer}`, `${PATH}/queryables`]) {
      expectProblem(await as(undefined, path), 401)
    }
  })

  it('serves each caller what it may see: a partner its organisation’s and the sources’, not others’', async () => {
    const all = (session: Session) => as(session, `${PATH}/items?limit=10000`)
    const officerIds = ids((await all(officer)).json())
    expect(officerIds).toEqual(expect.arrayContaining([ofPartnerA, byOfficer]))
    const aIds = ids((await all(partnerA)).json())
    expect(aIds).toContain(ofPartnerA)
    expect(aIds).not.toContain(byOfficer)
    const bIds = ids((await all(partnerB)).json())
    expect(bIds).not.toContain(ofPartnerA)
    // The indicators' fixture adds a synthetic source-derived constat of its own: only the load's count here.
    const sources = FeatureCollectionSchema.parse((await all(partnerB)).json()).features.filter(
      (feature) =>
        feature.properties?.origin === 'source' && !String(feature.properties.source).startsWith('synthetic'),
    )
    expect(sources).toHaveLength(11)
    expectProblem(await as(partnerB, `${PATH}/items/${ofPartnerA}`), 404)
    const one = await as(partnerA, `${PATH}/items/${ofPartnerA}`)
    expect(FeatureSchema.parse(one.json()).geometry?.type).toBe('Point')
    const described = CollectionSchema.parse((await as(partnerB, PATH)).json())
    expect(described.numberOfFeatures).toBe(bIds.length)
  })

  it('filters on the queryables and on the visit date', async () => {
    const queryables = await as(officer, `${PATH}/queryables`)
    expect(Object.keys(queryables.json().properties)).toEqual(
      expect.arrayContaining(['condition', 'trend', 'occupancy', 'priority', 'status', 'collection']),
    )
    const veryBad = ids((await as(officer, `${PATH}/items?condition=tres_mauvais&limit=10000`)).json())
    expect(veryBad).toContain(byOfficer)
    expect(veryBad).not.toContain(ofPartnerA)
    const proposed = ids(
      (await as(officer, `${PATH}/items?status=proposee&collection=terrils&limit=10000`)).json(),
    )
    expect(proposed).toContain(ofPartnerA)
    expect(proposed).not.toContain(byOfficer)
    const inMarch = ids(
      (await as(officer, `${PATH}/items?datetime=2025-03-01/2025-03-31&limit=10000`)).json(),
    )
    expect(inMarch).toContain(ofPartnerA)
    expect(inMarch).not.toContain(byOfficer)
    const from2018 = ids((await as(officer, `${PATH}/items?datetime=2018-06-26&limit=10000`)).json())
    expect(from2018.length).toBeGreaterThanOrEqual(11)
  })

  it('refuses unknown values and a bad datetime, naming them', async () => {
    expect(invalidNames(expectProblem(await as(officer, `${PATH}/items?condition=ruine`), 400))).toContain(
      'condition',
    )
    expect(invalidNames(expectProblem(await as(officer, `${PATH}/items?datetime=hier`), 400))).toContain(
      'datetime',
    )
    expectProblem(await as(officer, `${PATH}/items/not-a-uuid`), 404)
  })
})
