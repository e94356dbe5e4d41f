import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { pngImage } from '../alerts/alert-fixtures.ts'
import {
  CITE_ANCHIN,
  erbmForm,
  erbmTableCounts,
  followUp,
  keptOfficer,
  PDF_BYTES,
  send,
} from './erbm-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// The ERBM follow-up's writes (issue #10 §3): every bad field refused by name with nothing written, every
// write appending one event, retries writing nothing twice, and the history never rewritten.
let officer: Session
const CITE = `/erbm/cites/${CITE_ANCHIN}`
const BILAN = {
  visitedOn: '2026-10-02',
  scores: { habitabilite: 3, facades: 4, abords: 2, patrimoine: 3 },
  comments: { facades: 'Briques nettoyées, joints refaits' },
}
const AVIS = {
  givenOn: '2026-09-15',
  subject: 'facades',
  verdict: 'favorable_avec_reserves',
  text: 'Menuiseries bois',
}

beforeAll(async () => {
  officer = await keptOfficer(server, accounts)
})

/** Sends a write that must be refused with a 400 naming exactly `names`, and checks nothing was written. */
async function refused(method: 'PUT' | 'POST', url: string, payload: unknown, names: string[]) {
  const before = await erbmTableCounts(server.pool)
  const problem = expectProblem(await send(server.app, officer, { method, url, payload }), 400)
  expect(invalidNames(problem)).toEqual(names)
  expect(await erbmTableCounts(server.pool)).toEqual(before)
}

describe('validation: a 400 naming the field, nothing written', () => {
  it('refuses a bad followup', async () => {
    await refused('PUT', `${CITE}/suivi`, { bailleur: 'SIA', logements: -3 }, ['logements'])
    await refused('PUT', `${CITE}/suivi`, { bailleur: '', logements: 12 }, ['bailleur'])
    await refused('PUT', `${CITE}/suivi`, { bailleur: 'SIA', logements: 1.5, owner: 'x' }, [
      'logements',
      'owner',
    ])
  })

  it('refuses a phase that ends before it starts, a bad date, an unknown phase', async () => {
    await refused('PUT', `${CITE}/phases/travaux`, { startedOn: '2026-05-01', endedOn: '2026-04-30' }, [
      'endedOn',
    ])
    await refused('PUT', `${CITE}/phases/travaux`, { startedOn: '2026-02-30', endedOn: null }, ['startedOn'])
    await refused('PUT', `${CITE}/phases/demolition`, { startedOn: '2026-05-01', endedOn: null }, ['phase'])
  })

  it('refuses a bad opinion, dossier and bilan score', async () => {
    await refused('POST', `${CITE}/avis`, { ...AVIS, verdict: 'peut-etre' }, ['verdict'])
    await refused('POST', `${CITE}/avis`, { ...AVIS, subject: 'toiture', givenOn: undefined }, [
      'givenOn',
      'subject',
    ])
    await refused('POST', `${CITE}/dossiers`, { number: 'DS-12' }, ['number'])
    await refused('POST', `${CITE}/dossiers`, { number: '12', url: 'http://example.org/12' }, ['url'])
    await refused('POST', `${CITE}/bilans`, { ...BILAN, scores: { ...BILAN.scores, facades: 5 } }, [
      'scores.facades',
    ])
    await refused('POST', `${CITE}/bilans`, { ...BILAN, scores: { ...BILAN.scores, abords: 0 } }, [
      'scores.abords',
    ])
    const { patrimoine: _missing, ...three } = BILAN.scores
    await refused('POST', `${CITE}/bilans`, { ...BILAN, scores: three }, ['scores.patrimoine'])
  })

  it('refuses a multipart bilan whose photo is a PDF, naming the part; and a bad score in the form', async () => {
    for (const [json, files, name] of [
      [
        BILAN,
        [{ part: 'photo', filename: 'a.jpg', contentType: 'image/jpeg', content: PDF_BYTES }],
        'photo.0',
      ],
      [{ ...BILAN, scores: { ...BILAN.scores, habitabilite: 'bon' } }, [], 'scores.habitabilite'],
    ] as const) {
      const before = await erbmTableCounts(server.pool)
      const form = erbmForm('bilan', json, [...files])
      const response = await send(server.app, officer, {
        method: 'POST',
        url: `${CITE}/bilans`,
        payload: form.payload,
        headers: { 'content-type': form.contentType },
      })
      expect(invalidNames(expectProblem(response, 400))).toEqual([name])
      expect(await erbmTableCounts(server.pool)).toEqual(before)
    }
  })

  it('answers 404 for a cité that is not in the layer, on every write', async () => {
    const before = await erbmTableCounts(server.pool)
    for (const [method, url, payload] of [
      ['GET', '/erbm/cites/999999', undefined],
      ['PUT', '/erbm/cites/999999/suivi', { bailleur: 'SIA', logements: 3 }],
      ['PUT', '/erbm/cites/999999/phases/etudes', { startedOn: '2026-01-01', endedOn: null }],
      ['POST', '/erbm/cites/999999/avis', AVIS],
      ['POST', '/erbm/cites/999999/dossiers', { number: '123' }],
      ['POST', '/erbm/cites/999999/bilans', BILAN],
    ] as const) {
      expectProblem(await send(server.app, officer, { method, url, payload }), 404)
    }
    expect(await erbmTableCounts(server.pool)).toEqual(before)
  })
})

describe('writes, events and retries', () => {
  it('PUTs the followup and a phase once: the same PUT again adds no event', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const suivi = {
        method: 'PUT',
        url: `${CITE}/suivi`,
        payload: { bailleur: 'Maisons et Cités', logements: 412 },
      } as const
      expect((await send(server.app, officer, suivi)).statusCode).toBe(200)
      const phase = {
        method: 'PUT',
        url: `${CITE}/phases/etudes`,
        payload: { startedOn: '2025-03-01', endedOn: '2025-12-31' },
      } as const
      expect((await send(server.app, officer, phase)).statusCode).toBe(200)
    }
    const detail = await followUp(server.app, officer, CITE_ANCHIN)
    expect(detail.followup).toMatchObject({ bailleur: 'Maisons et Cités', logements: 412 })
    expect(detail.phases[0]).toEqual({ phase: 'etudes', startedOn: '2025-03-01', endedOn: '2025-12-31' })
    expect(detail.phases.map((phase) => phase.phase)).toEqual([
      'etudes',
      'moe_logements',
      'moe_espaces_publics',
      'travaux',
      'livree',
    ])
    expect(detail.cite.phase).toEqual({ phase: 'etudes', startedOn: '2025-03-01', endedOn: '2025-12-31' })
    expect(detail.events.map((event) => event.kind).sort()).toEqual(['followup', 'phase'])
    expect(detail.events.find((event) => event.kind === 'phase')?.author?.id).toBe(officer.user.id)
  })

  it('adds an opinion with a PDF and an image once per Idempotency-Key; the files download with the rights', async () => {
    const form = () =>
      erbmForm('avis', AVIS, [
        { part: 'piece', filename: 'avis.pdf', contentType: 'application/pdf', content: PDF_BYTES },
        { part: 'piece', filename: 'facade.png', contentType: 'image/png', content: pngImage() },
      ])
    const post = (key: string) => {
      const body = form()
      return send(server.app, officer, {
        method: 'POST',
        url: `${CITE}/avis`,
        payload: body.payload,
        headers: { 'content-type': body.contentType, 'idempotency-key': key },
      })
    }
    const key = `avis-${crypto.randomUUID()}`
    const first = await post(key)
    expect(first.statusCode, first.body).toBe(201)
    const before = await erbmTableCounts(server.pool)
    const retry = await post(key)
    expect(retry.statusCode).toBe(200)
    expect(retry.headers['idempotent-replayed']).toBe('true')
    expect(await erbmTableCounts(server.pool)).toEqual(before)

    const other = await send(server.app, officer, {
      method: 'POST',
      url: `${CITE}/avis`,
      payload: { ...AVIS, verdict: 'defavorable' },
      headers: { 'idempotency-key': key },
    })
    expectProblem(other, 422)

    const detail = await followUp(server.app, officer, CITE_ANCHIN)
    const opinion = detail.opinions.find((candidate) => candidate.text === AVIS.text)!
    expect(opinion.attachments.map((file) => file.mediaType)).toEqual(['application/pdf', 'image/png'])
    const pdf = await send(server.app, officer, { method: 'GET', url: opinion.attachments[0]!.href })
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.rawPayload.equals(PDF_BYTES)).toBe(true)
    expect(detail.cite.lastOpinion).toMatchObject({
      givenOn: '2026-09-15',
      verdict: 'favorable_avec_reserves',
    })
  })

  it('records a dossier with its given link or the usual one, and takes the same dossier again as a retry', async () => {
    const number = String(Date.now()).slice(-9)
    const post = (payload: unknown) =>
      send(server.app, officer, { method: 'POST', url: `${CITE}/dossiers`, payload })
    expect((await post({ number })).statusCode).toBe(201)
    const before = await erbmTableCounts(server.pool)
    expect((await post({ number })).statusCode).toBe(200)
    expect(await erbmTableCounts(server.pool)).toEqual(before)
    expectProblem(await post({ number, label: 'Autre libellé' }), 409)
    const given = 'https://www.demarches-simplifiees.fr/procedures/1234/dossiers/987654'
    expect((await post({ number: '987654', url: given, label: 'Façades, tranche 1' })).statusCode).toBe(201)
    const { dossiers } = await followUp(server.app, officer, CITE_ANCHIN)
    expect(dossiers).toContainEqual(
      expect.objectContaining({
        number,
        url: `https://www.demarches-simplifiees.fr/dossiers/${number}`,
        linkSource: 'built',
      }),
    )
    expect(dossiers).toContainEqual(
      expect.objectContaining({ number: '987654', url: given, linkSource: 'given' }),
    )
  })

  it('adds a bilan with a photo per criterion; the mean is computed and the photo downloads', async () => {
    const form = erbmForm('bilan', BILAN, [
      { part: 'photo_facades', filename: 'facade.png', contentType: 'image/png', content: pngImage(3) },
    ])
    const response = await send(server.app, officer, {
      method: 'POST',
      url: `${CITE}/bilans`,
      payload: form.payload,
      headers: { 'content-type': form.contentType, 'idempotency-key': `bilan-${crypto.randomUUID()}` },
    })
    expect(response.statusCode, response.body).toBe(201)
    const detail = await followUp(server.app, officer, CITE_ANCHIN)
    const bilan = detail.evaluations[0]!
    expect(bilan).toMatchObject({ visitedOn: '2026-10-02', scores: BILAN.scores, mean: 3 })
    expect(bilan.comments).toEqual({
      habitabilite: '',
      facades: 'Briques nettoyées, joints refaits',
      abords: '',
      patrimoine: '',
    })
    expect(bilan.photos).toEqual([expect.objectContaining({ criterion: 'facades', mediaType: 'image/png' })])
    const photo = await send(server.app, officer, { method: 'GET', url: bilan.photos[0]!.href })
    expect(photo.statusCode).toBe(200)
    expect(detail.cite.scores).toEqual({ visitedOn: '2026-10-02', values: BILAN.scores, mean: 3 })
  })

  it('writes once when six copies of a keyed request arrive together', async () => {
    const key = `race-${crypto.randomUUID()}`
    const before = await erbmTableCounts(server.pool)
    const post = () =>
      send(server.app, officer, {
        method: 'POST',
        url: `${CITE}/avis`,
        payload: { ...AVIS, text: 'Envoyé deux fois' },
        headers: { 'idempotency-key': key },
      })
    const answers = await Promise.all(Array.from({ length: 6 }, post))
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201])
    const after = await erbmTableCounts(server.pool)
    expect(after.opinions - before.opinions).toBe(1)
    expect(after.events - before.events).toBe(1)
  })

  it('keeps the events append-only: the database refuses to change or delete one', async () => {
    await expect(
      server.pool.query(`UPDATE erbm_event SET kind = 'phase' WHERE cite_id = $1`, [CITE_ANCHIN]),
    ).rejects.toThrow()
    await expect(
      server.pool.query(`DELETE FROM erbm_event WHERE cite_id = $1`, [CITE_ANCHIN]),
    ).rejects.toThrow()
    const detail = await followUp(server.app, officer, CITE_ANCHIN)
    expect(detail.events.map((event) => event.kind).sort()).toEqual([
      'dossier',
      'dossier',
      'evaluation',
      'followup',
      'opinion',
      'opinion',
      'phase',
    ])
    // The request's fingerprint stays in the database, never in the answer.
    expect(JSON.stringify(detail.events)).not.toMatch(/idempotencyKey|requestHash/)
  })
})
