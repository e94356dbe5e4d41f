import { AssessmentSchema, AssessmentSeriesSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { multipartBody, pngImage } from '../alerts/alert-fixtures.ts'
import { createAssessment, TERRIL_74A_ASSESSMENT, terrilsForFile } from './assessment-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// A feature's series (issue #10 §2): newest visit first, the latest valid state, the trend computed from
// the validated constats; a partner's proposal counts only once an officer validates it.
let officer: Session
let partner: Session
let terrils: string[]

beforeAll(async () => {
  officer = await accounts.session('officer')
  partner = await accounts.session('partner')
  terrils = await terrilsForFile(server.pool, 0, 4)
})

const series = async (session: Session, id: string) => {
  const response = await server.app.inject({
    url: `/assessments?feature=terrils/${id}`,
    headers: { cookie: session.cookie },
  })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['cache-control']).toMatch(/private/)
  return AssessmentSeriesSchema.parse(response.json())
}
const feature = (id: string) => ({ collection: 'terrils', id })

describe('a feature’s series and its trend', () => {
  it('has no state and an unknown trend before any constat', async () => {
    const answer = await series(officer, terrils[0]!)
    expect(answer).toMatchObject({ latest: null, trend: 'inconnue', trendBasis: 'none', assessments: [] })
  })

  it('takes the visitor’s stated trend from a single constat, then compares the latest two', async () => {
    const id = terrils[1]!
    const first = await createAssessment(server.app, officer, {
      feature: feature(id),
      visitedOn: '2025-05-01',
      condition: 'moyen',
      trend: 'degradation',
    })
    expect(first).toMatchObject({ status: 'validee', origin: 'visite', author: 'Test officer' })
    expect(first.number).toMatch(/^C-\d{6}$/)
    expect(first.events.map((event) => event.kind)).toEqual(['created'])
    expect(await series(officer, id)).toMatchObject({ trend: 'degradation', trendBasis: 'stated' })

    await createAssessment(server.app, officer, {
      feature: feature(id),
      visitedOn: '2026-03-01',
      condition: 'bon',
      trend: 'inconnue',
    })
    const improved = await series(officer, id)
    expect(improved).toMatchObject({ trend: 'amelioration', trendBasis: 'series' })
    expect(improved.latest?.facts).toMatchObject({ visitedOn: '2026-03-01', condition: 'bon' })
    expect(improved.assessments.map((a) => a.facts.visitedOn)).toEqual(['2026-03-01', '2025-05-01'])

    // An older visit recorded later does not become the latest: the series is ordered by visit date.
    await createAssessment(server.app, officer, {
      feature: feature(id),
      visitedOn: '2024-01-01',
      condition: 'tres_mauvais',
    })
    expect(await series(officer, id)).toMatchObject({
      trend: 'amelioration',
      latest: { id: expect.any(String) },
    })
    await createAssessment(server.app, officer, {
      feature: feature(id),
      visitedOn: '2026-04-01',
      condition: 'bon',
    })
    expect((await series(officer, id)).trend).toBe('stable')
    await createAssessment(server.app, officer, {
      feature: feature(id),
      visitedOn: '2026-05-01',
      condition: 'mauvais',
    })
    expect((await series(officer, id)).trend).toBe('degradation')
  })
})

describe('a partner’s proposal', () => {
  it('is proposed, left out of the state until an officer validates it, with events', async () => {
    const id = terrils[2]!
    await createAssessment(server.app, officer, {
      feature: feature(id),
      visitedOn: '2025-01-01',
      condition: 'bon',
    })
    const proposal = await createAssessment(server.app, partner, {
      feature: feature(id),
      visitedOn: '2026-06-01',
      condition: 'mauvais',
    })
    expect(proposal).toMatchObject({ status: 'proposee', mayValidate: false })
    expect(proposal.events.map((event) => event.kind)).toEqual(['proposed'])
    const before = await series(officer, id)
    expect(before.latest?.facts.condition).toBe('bon')
    expect(before.assessments.find((a) => a.id === proposal.id)?.mayValidate).toBe(true)

    const validated = await server.app.inject({
      method: 'POST',
      url: `/assessments/${proposal.id}/validation`,
      headers: officer.headers,
      payload: { decision: 'validee', comment: 'Vu sur place.' },
    })
    expect(validated.statusCode, validated.body).toBe(200)
    const body = AssessmentSchema.parse(validated.json())
    expect(body.status).toBe('validee')
    expect(body.events.map((event) => [event.kind, event.comment])).toEqual([
      ['proposed', null],
      ['validated', 'Vu sur place.'],
    ])
    expect(await series(officer, id)).toMatchObject({ trend: 'degradation', latest: { id: proposal.id } })

    // Decided once: a second decision is a conflict, and nothing is written.
    const again = await server.app.inject({
      method: 'POST',
      url: `/assessments/${proposal.id}/validation`,
      headers: officer.headers,
      payload: { decision: 'refusee' },
    })
    expect(expectProblem(again, 409).detail).toMatch(/validee/)
    const { rows } = await server.pool.query(
      'SELECT count(*)::int AS n FROM assessment_event WHERE assessment_id = $1',
      [proposal.id],
    )
    expect(rows[0].n).toBe(2)
  })

  it('once refused stays in the series but never counts', async () => {
    const id = terrils[3]!
    const proposal = await createAssessment(server.app, partner, {
      feature: feature(id),
      condition: 'tres_mauvais',
    })
    const refused = await server.app.inject({
      method: 'POST',
      url: `/assessments/${proposal.id}/validation`,
      headers: officer.headers,
      payload: { decision: 'refusee', comment: 'Confusion avec le terril voisin.' },
    })
    expect(refused.statusCode, refused.body).toBe(200)
    const answer = await series(partner, id)
    expect(answer).toMatchObject({ latest: null, trend: 'inconnue' })
    expect(answer.assessments.map((a) => a.status)).toEqual(['refusee'])
  })
})

describe('photos and retries', () => {
  it('stores multipart photos and serves them with the constat’s rights', async () => {
    const form = multipartBody(
      {
        feature: feature(terrils[0]!),
        visitedOn: '2026-01-05',
        condition: 'moyen',
        trend: 'stable',
        occupancy: 'sans_objet',
        priority: 'E',
        threats: [],
        note: '',
      },
      [{ filename: 'flanc.png', contentType: 'image/png', content: pngImage() }],
      { alertField: 'assessment' },
    )
    const created = await server.app.inject({
      method: 'POST',
      url: '/assessments',
      headers: { ...officer.headers, 'content-type': form.contentType },
      payload: form.payload,
    })
    expect(created.statusCode, created.body).toBe(201)
    const assessment = AssessmentSchema.parse(created.json())
    expect(assessment.photos).toHaveLength(1)
    const photo = await server.app.inject({
      url: assessment.photos[0]!.href,
      headers: { cookie: officer.cookie },
    })
    expect(photo.statusCode).toBe(200)
    expect(photo.headers['content-type']).toBe('image/png')
    expect(photo.rawPayload.equals(pngImage())).toBe(true)
    const otherPartner = await accounts.session('partner')
    const hidden = await server.app.inject({
      url: assessment.photos[0]!.href,
      headers: { cookie: otherPartner.cookie },
    })
    expectProblem(hidden, 404)
  })

  it('answers a retry with the same Idempotency-Key with the first constat, and refuses the key for another', async () => {
    const key = crypto.randomUUID()
    const body = { feature: feature(terrils[0]!), visitedOn: '2026-02-02' }
    const first = await createAssessment(server.app, officer, body, { 'idempotency-key': key })
    const retry = await server.app.inject({
      method: 'POST',
      url: '/assessments',
      headers: { ...officer.headers, 'idempotency-key': key },
      payload: { ...TERRIL_74A_ASSESSMENT, ...body },
    })
    expect(retry.statusCode).toBe(200)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(retry.json().id).toBe(first.id)
    const other = await server.app.inject({
      method: 'POST',
      url: '/assessments',
      headers: { ...officer.headers, 'idempotency-key': key },
      payload: { ...TERRIL_74A_ASSESSMENT, ...body, condition: 'bon' },
    })
    expectProblem(other, 422)
  })
})
