import { type History, HistorySchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from '../alerts/alert-fixtures.ts'
import { bufferZoneTerril, erbmCite, insertAssessment, insertErbmFollowUp } from './history-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// GET /history (issue #10 §1): one timeline per feature, newest first, merging alerts' events, constats
// and the ERBM follow-up, each narrowed to what the caller may see.
let partnerA: Session
let partnerB: Session
let officer: Session
let terril: string
let cite: string
let alertA: string
let alertB: string
let officerConstat: string
let partnerConstat: string

beforeAll(async () => {
  partnerA = await accounts.session('partner')
  partnerB = await accounts.session('partner')
  officer = await accounts.session('officer')
  terril = await bufferZoneTerril(server.pool)
  cite = await erbmCite(server.pool)
  // An old constat by the officer, before any alert; partner A's proposal comes last.
  officerConstat = (
    await insertAssessment(server.pool, {
      terrilId: terril,
      authorId: officer.user.id,
      organisationId: null,
      status: 'validee',
      condition: 'moyen',
      at: '2026-01-15T10:00:00Z',
    })
  ).id
  // Partner A names the terril through `terrils`, partner B through `zone-tampon-terrils`.
  alertA = (await createAlert(server.app, partnerA, { features: [{ collection: 'terrils', id: terril }] })).id
  alertB = (
    await createAlert(server.app, partnerB, {
      features: [{ collection: 'zone-tampon-terrils', id: terril }],
      severity: 'critical',
    })
  ).id
  const status = await server.app.inject({
    method: 'POST',
    url: `/alerts/${alertA}/status`,
    headers: officer.headers,
    payload: { status: 'prise_en_compte' },
  })
  expect(status.statusCode, status.body).toBe(200)
  const comment = await server.app.inject({
    method: 'POST',
    url: `/alerts/${alertA}/comments`,
    headers: partnerA.headers,
    payload: { body: 'Les ravines   gagnent le chemin.' },
  })
  expect(comment.statusCode, comment.body).toBe(200)
  partnerConstat = (
    await insertAssessment(server.pool, {
      terrilId: terril,
      authorId: partnerA.user.id,
      organisationId: partnerA.user.organisation!.id,
      status: 'proposee',
      condition: 'mauvais',
    })
  ).id
  await insertErbmFollowUp(server.pool, cite, officer.user.id)
})

const get = (session: Session | undefined, url: string) =>
  server.app.inject({ url, headers: session ? { cookie: session.cookie } : {} })

async function history(session: Session | undefined, path: string): Promise<History> {
  const response = await get(session, `/history/${path}`)
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['cache-control']).toBe('private, no-store')
  return HistorySchema.parse(response.json())
}

/** The entries of this file's items, as "item kind" in the timeline's order. */
const ours = (body: History) => {
  const names = new Map([
    [alertA, 'A'],
    [alertB, 'B'],
    [officerConstat, 'officer constat'],
    [partnerConstat, 'partner constat'],
  ])
  return body.entries
    .filter((entry) => names.has(entry.item.id))
    .map((entry) => `${names.get(entry.item.id)} ${entry.kind}`)
}

const newestFirst = (body: History) => {
  const times = body.entries.map((entry) => Date.parse(entry.at))
  expect(times).toEqual([...times].sort((a, b) => b - a))
}

describe('GET /history/{collectionId}/{featureId}', () => {
  it('merges alerts and constats newest first for an officer', async () => {
    const body = await history(officer, `terrils/${terril}`)
    newestFirst(body)
    expect(ours(body)).toEqual([
      'partner constat proposed',
      'A comment',
      'A status',
      'B created',
      'A created',
      'officer constat created',
    ])
    const status = body.entries.find((entry) => entry.item.id === alertA && entry.kind === 'status')!
    expect(status).toMatchObject({
      source: 'alert',
      summary: 'Statut : Nouvelle → Prise en compte',
      author: { id: officer.user.id },
      item: { type: 'alert', href: `/alerts/${alertA}` },
      data: { from: 'nouvelle', to: 'prise_en_compte' },
    })
    const comment = body.entries.find((entry) => entry.kind === 'comment' && entry.item.id === alertA)!
    expect(comment.summary).toBe('Commentaire : Les ravines gagnent le chemin.')
    const constat = body.entries.find((entry) => entry.item.id === officerConstat)!
    expect(constat).toMatchObject({
      source: 'assessment',
      on: '2026-11-02',
      at: '2026-01-15T10:00:00.000Z',
      item: { type: 'assessment', href: `/assessments/${officerConstat}` },
      data: { condition: 'moyen', priority: 'C', status: 'validee' },
    })
    expect(constat.item.reference).toMatch(/^C-\d{6}$/)
  })

  it('is one history for a terril named through two collections', async () => {
    const throughTerrils = await history(officer, `terrils/${terril}`)
    const throughBufferZone = await history(officer, `zone-tampon-terrils/${terril}`)
    expect(throughBufferZone.collection).toBe('zone-tampon-terrils')
    expect(throughBufferZone.entries).toEqual(throughTerrils.entries)
  })

  it('shows a partner its organisation’s alerts and constats only', async () => {
    expect(ours(await history(partnerA, `terrils/${terril}`))).toEqual([
      'partner constat proposed',
      'A comment',
      'A status',
      'A created',
    ])
    expect(ours(await history(partnerB, `zone-tampon-terrils/${terril}`))).toEqual(['B created'])
  })

  it('refuses anonymous callers with 401', async () => {
    expectProblem(await get(undefined, `/history/terrils/${terril}`), 401)
  })

  it('answers 404 for an unknown collection or feature, 400 for a bad limit', async () => {
    expectProblem(await get(officer, `/history/inconnue/${terril}`), 404)
    expectProblem(await get(officer, '/history/alertes/1'), 404)
    expectProblem(await get(officer, '/history/terrils/999Z'), 404)
    expectProblem(await get(officer, '/history/cites-erbm/pas-une-cite'), 404)
    expect(
      invalidNames(expectProblem(await get(officer, `/history/terrils/${terril}?limit=0`), 400)),
    ).toEqual(['limit'])
    expectProblem(await get(officer, `/history/terrils/${terril}?since=2026`), 400)
  })

  it('is bounded by limit and says when older entries are left out', async () => {
    const all = await history(officer, `terrils/${terril}`)
    const two = await history(officer, `terrils/${terril}?limit=2`)
    expect(two.entries).toEqual(all.entries.slice(0, 2))
    expect(two.truncated).toBe(true)
    expect(all.truncated).toBe(false)
  })

  it('adds the ERBM follow-up to a cité’s history, for every account', async () => {
    for (const session of [officer, partnerB]) {
      const body = await history(session, `cites-erbm/${cite}`)
      const erbm = body.entries.filter((entry) => entry.source === 'erbm')
      expect(erbm.map((entry) => entry.kind)).toEqual(['phase', 'evaluation', 'opinion'])
      expect(erbm[2]).toMatchObject({
        on: '2026-10-01',
        summary: 'Avis favorable avec réserves : Façades',
        item: { type: 'erbm-cite', id: cite, reference: null, href: `/erbm/cites/${cite}` },
        data: { subject: 'facades', verdict: 'favorable_avec_reserves' },
      })
      expect(erbm[1]!.data).toEqual({ scores: { habitabilite: 3, facades: 2, abords: 4, patrimoine: 3 } })
      expect(erbm[0]!.summary).toBe('Phase : Travaux')
    }
    const terrilHistory = await history(officer, `terrils/${terril}`)
    expect(terrilHistory.entries.some((entry) => entry.source === 'erbm')).toBe(false)
  })
})
