import { AssessmentLatestListSchema, AssessmentSeriesSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAssessment, TERRIL_74A_ASSESSMENT, terrilsForFile } from './assessment-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// Who may do what with constats (issue #10 §2: the alerts' rights): anonymous visitors nothing; a partner
// proposes and sees its organisation's (and the source-derived ones); officers see, write and validate all.
let partnerA: Session
let partnerB: Session
let officer: Session
let proposalA: string
let photoA: string
let terril: string

beforeAll(async () => {
  partnerA = await accounts.session('partner')
  partnerB = await accounts.session('partner')
  officer = await accounts.session('officer')
  terril = (await terrilsForFile(server.pool, 10, 1))[0]!
  const created = await createAssessment(server.app, partnerA, {
    feature: { collection: 'terrils', id: terril },
  })
  proposalA = created.id
  photoA = `/assessments/${proposalA}/photos/${crypto.randomUUID()}`
})

type Who = 'public' | 'partnerA' | 'partnerB' | 'officer'
const sessionOf = (who: Who) => ({ public: undefined, partnerA, partnerB, officer })[who]
const request = (who: Who, method: 'GET' | 'POST', url: string, payload?: unknown) => {
  const session = sessionOf(who)
  return server.app.inject({
    method,
    url,
    headers: session ? (method === 'GET' ? { cookie: session.cookie } : session.headers) : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  })
}

describe('rights on every /assessments route', () => {
  it('refuses anonymous visitors everywhere with 401', async () => {
    for (const [method, url, payload] of [
      ['POST', '/assessments', TERRIL_74A_ASSESSMENT],
      ['GET', '/assessments?feature=terrils/74A'],
      ['GET', '/assessments/latest'],
      ['GET', `/assessments/${proposalA}`],
      ['POST', `/assessments/${proposalA}/validation`, { decision: 'validee' }],
      ['GET', photoA],
    ] as const) {
      expectProblem(await request('public', method, url, payload), 401)
    }
  })

  it('shows a proposal to its organisation and staff only; another organisation gets 404', async () => {
    expect((await request('partnerA', 'GET', `/assessments/${proposalA}`)).statusCode).toBe(200)
    expect((await request('officer', 'GET', `/assessments/${proposalA}`)).statusCode).toBe(200)
    expectProblem(await request('partnerB', 'GET', `/assessments/${proposalA}`), 404)
    const seriesB = AssessmentSeriesSchema.parse(
      (await request('partnerB', 'GET', `/assessments?feature=terrils/${terril}`)).json(),
    )
    expect(seriesB.assessments).toEqual([])
    const seriesA = AssessmentSeriesSchema.parse(
      (await request('partnerA', 'GET', `/assessments?feature=terrils/${terril}`)).json(),
    )
    expect(seriesA.assessments.map((a) => a.id)).toEqual([proposalA])
  })

  it('lets only staff validate: partners get 403, whatever the organisation', async () => {
    for (const who of ['partnerA', 'partnerB'] as const) {
      expectProblem(
        await request(who, 'POST', `/assessments/${proposalA}/validation`, { decision: 'validee' }),
        403,
      )
    }
    const { rows } = await server.pool.query('SELECT status FROM assessment WHERE id = $1', [proposalA])
    expect(rows[0].status).toBe('proposee')
  })

  it('gives the map style each caller’s own latest states, and the source-derived ones to all', async () => {
    const officerOwn = await createAssessment(server.app, officer, {
      feature: { collection: 'terrils', id: terril },
      condition: 'tres_mauvais',
    })
    const latest = async (who: Who) =>
      AssessmentLatestListSchema.parse((await request(who, 'GET', '/assessments/latest')).json()).features
    const has = (list: { collection: string; id: string }[], collection: string, id: string) =>
      list.some((entry) => entry.collection === collection && entry.id === id)
    expect(has(await latest('officer'), 'terrils', terril!)).toBe(true)
    expect((await latest('officer')).find((f) => f.id === terril)?.condition).toBe(officerOwn.facts.condition)
    expect(has(await latest('partnerB'), 'terrils', terril!)).toBe(false)
    for (const who of ['partnerA', 'partnerB', 'officer'] as const) {
      expect(has(await latest(who), 'sites-en-danger', '2')).toBe(true)
    }
  })
})
