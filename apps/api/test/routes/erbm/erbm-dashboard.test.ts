import { ERBM_PHASES, type ErbmCiteList, ErbmCiteListSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from '../alerts/alert-fixtures.ts'
import { CITE_NUMERO_9_LENS, CITE_PARISIENNE, keptOfficer, send } from './erbm-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// The dashboard's figures (issue #10 §3): current phase, last opinion, latest scores and their mean, open
// alerts counted with the caller's alert rights; its filters, sort and CSV export.
let officer: Session
let partnerA: Session
let partnerB: Session
const LENS = `/erbm/cites/${CITE_NUMERO_9_LENS}`

async function list(session: Session, query = ''): Promise<ErbmCiteList> {
  const response = await send(server.app, session, { method: 'GET', url: `/erbm/cites${query}` })
  expect(response.statusCode, response.body).toBe(200)
  return ErbmCiteListSchema.parse(response.json())
}
const line = (cites: ErbmCiteList, id: string) => cites.cites.find((cite) => cite.id === id)

async function write(method: 'PUT' | 'POST', url: string, payload: unknown) {
  const response = await send(server.app, officer, { method, url, payload })
  expect(response.statusCode, response.body).toBeLessThan(300)
}

beforeAll(async () => {
  officer = await keptOfficer(server, accounts)
  partnerA = await accounts.session('partner')
  partnerB = await accounts.session('partner')
  await write('PUT', `${LENS}/suivi`, { bailleur: 'Maisons et Cités', logements: 650 })
  await write('PUT', `${LENS}/phases/etudes`, { startedOn: '2024-01-10', endedOn: '2024-09-30' })
  await write('PUT', `${LENS}/phases/moe_logements`, { startedOn: '2024-10-01', endedOn: null })
  // The later-begun phase is current, whatever order they were recorded in.
  await write('PUT', `${LENS}/phases/travaux`, { startedOn: null, endedOn: null })
  await write('POST', `${LENS}/avis`, {
    givenOn: '2024-05-01',
    subject: 'cahier_des_charges',
    verdict: 'favorable',
  })
  await write('POST', `${LENS}/avis`, { givenOn: '2025-02-14', subject: 'facades', verdict: 'defavorable' })
  await write('POST', `${LENS}/avis`, { givenOn: '2024-11-20', subject: 'abords', verdict: 'sans_avis' })
  const scores = (habitabilite: number) => ({ habitabilite, facades: 2, abords: 3, patrimoine: 4 })
  await write('POST', `${LENS}/bilans`, { visitedOn: '2025-06-01', scores: scores(1) })
  await write('POST', `${LENS}/bilans`, { visitedOn: '2025-03-01', scores: scores(4) })
  await write('PUT', `/erbm/cites/${CITE_PARISIENNE}/phases/travaux`, {
    startedOn: '2025-01-01',
    endedOn: null,
  })
})

describe('GET /erbm/cites: the figures', () => {
  it('gives the current phase, the last opinion, the latest bilan with its mean', async () => {
    const cite = line(await list(officer), CITE_NUMERO_9_LENS)
    expect(cite).toMatchObject({
      nom: 'Cité n°9 de Lens',
      bailleur: 'Maisons et Cités',
      logements: 650,
      phase: { phase: 'moe_logements', startedOn: '2024-10-01', endedOn: null },
      lastOpinion: { givenOn: '2025-02-14', subject: 'facades', verdict: 'defavorable' },
      scores: {
        visitedOn: '2025-06-01',
        values: { habitabilite: 1, facades: 2, abords: 3, patrimoine: 4 },
        mean: 2.5,
      },
    })
    expect(cite?.communes).toHaveLength(2)
  })

  it('counts the open alerts on the cité with the caller’s alert rights', async () => {
    const before = {
      officer: line(await list(officer), CITE_NUMERO_9_LENS)!.openAlerts!,
      partnerA: line(await list(partnerA), CITE_NUMERO_9_LENS)!.openAlerts!,
    }
    const onCite = {
      features: [{ collection: 'cites-erbm', id: CITE_NUMERO_9_LENS }],
      category: 'degradation' as const,
    }
    await createAlert(server.app, partnerA, onCite)
    const closed = await createAlert(server.app, partnerA, onCite)
    await createAlert(server.app, partnerB, onCite)
    const rejected = await send(server.app, officer, {
      method: 'POST',
      url: `/alerts/${closed.id}/status`,
      payload: { status: 'rejetee' },
    })
    expect(rejected.statusCode, rejected.body).toBe(200)
    expect(line(await list(officer), CITE_NUMERO_9_LENS)!.openAlerts).toBe(before.officer + 2)
    expect(line(await list(partnerA), CITE_NUMERO_9_LENS)!.openAlerts).toBe(before.partnerA + 1)
  })
})

describe('GET /erbm/cites: filters, sort, CSV', () => {
  it('filters by phase, verdict, commune and words of the name', async () => {
    const moe = await list(officer, '?phase=moe_logements')
    expect(moe.cites.map((cite) => cite.id)).toContain(CITE_NUMERO_9_LENS)
    expect(moe.cites.every((cite) => cite.phase?.phase === 'moe_logements')).toBe(true)
    const none = await list(officer, '?phase=aucune')
    expect(none.cites.every((cite) => cite.phase === null)).toBe(true)
    expect(none.numberMatched + moe.numberMatched).toBeLessThanOrEqual(59)
    expect((await list(officer, '?verdict=defavorable')).cites.map((cite) => cite.id)).toContain(
      CITE_NUMERO_9_LENS,
    )
    const commune = line(await list(officer), CITE_NUMERO_9_LENS)!.communes[0]!
    const inCommune = await list(officer, `?commune=${encodeURIComponent(commune.toUpperCase())}`)
    expect(inCommune.cites.map((cite) => cite.id)).toContain(CITE_NUMERO_9_LENS)
    expect(inCommune.cites.every((cite) => cite.communes.includes(commune))).toBe(true)
    expect((await list(officer, '?q=lens%209')).cites.map((cite) => cite.id)).toEqual([CITE_NUMERO_9_LENS])
  })

  it('sorts by phase descending, cités without a phase last', async () => {
    const sorted = (await list(officer, '?sort=-phase')).cites
    // Other suites may date phases on other cités: the order is what is checked, and this suite's cité.
    const ranks = sorted.map((cite) => (cite.phase ? ERBM_PHASES.indexOf(cite.phase.phase) : -1))
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
    expect(sorted.map((cite) => cite.phase?.phase)).toContain('travaux')
    const firstWithout = sorted.findIndex((cite) => cite.phase === null)
    expect(sorted.slice(firstWithout).every((cite) => cite.phase === null)).toBe(true)
    const byName = (await list(officer, '?sort=nom')).cites.map((cite) => cite.nom ?? '')
    expect(byName).toEqual(
      [...byName].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true, sensitivity: 'base' })),
    )
  })

  it('refuses an unknown filter value or sort key by name', async () => {
    for (const [query, name] of [
      ['?phase=chantier', 'phase'],
      ['?sort=bailleur', 'sort'],
      ['?verdict=oui', 'verdict'],
      ['?f=xlsx', 'f'],
      ['?colour=red', 'colour'],
    ]) {
      const problem = expectProblem(
        await send(server.app, officer, { method: 'GET', url: `/erbm/cites${query}` }),
        400,
      )
      expect(invalidNames(problem)).toEqual([name])
    }
  })

  it('exports the filtered lines as CSV with French headers, by f=csv or Accept', async () => {
    const byFormat = await send(server.app, officer, {
      method: 'GET',
      url: '/erbm/cites?f=csv&phase=moe_logements',
    })
    const byAccept = await send(server.app, officer, {
      method: 'GET',
      url: '/erbm/cites?phase=moe_logements',
      headers: { accept: 'text/csv' },
    })
    for (const response of [byFormat, byAccept]) {
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toMatch(/^text\/csv/)
      expect(response.headers['content-disposition']).toMatch(/attachment; filename="cites-erbm-suivi-/)
    }
    expect(byAccept.body).toBe(byFormat.body)
    const [header, ...rows] = byFormat.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(header).toMatch(/^Identifiant,Cité,Communes,Prioritaire ERBM,Bailleur,Logements,Phase en cours/)
    expect(header).toContain('Note moyenne,Alertes ouvertes')
    const lens = rows.find((row) => row.startsWith(`${CITE_NUMERO_9_LENS},`))
    expect(lens).toContain('Maisons et Cités,650,Maîtrise d’œuvre logements,2024-10-01')
    expect(lens).toContain('2025-02-14,Façades,Défavorable,2025-06-01,1,2,3,4,2.5')
    expect(rows).toHaveLength((await list(officer, '?phase=moe_logements')).numberMatched)
  })
})
