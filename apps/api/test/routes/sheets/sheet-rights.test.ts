import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from '../alerts/alert-fixtures.ts'
import { fixtureAuthor, fixtureOrganisation, insertConstat, insertErbmFollowup } from './sheet-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// What the caller may not see is not on the sheet (issue #10 §4): alerts and constats by organisation
// (alertScope / assessmentScope), the ERBM follow-up for accounts only, nothing private for anonymous
// visitors. Terril 87 (Lavoir Hénin Est) carries this file's synthetic alerts and constats.
type Who = 'public' | 'partnerA' | 'partnerB' | 'officer'
const sessions = {} as Record<Exclude<Who, 'public'>, Session>
const CITE = '565'
let constatA: string
let constatB: string

const sheet = (who: Who, path: string) =>
  server.app.inject({ url: path, headers: who === 'public' ? {} : { cookie: sessions[who].cookie } })

beforeAll(async () => {
  const [organisationA, organisationB] = [
    await fixtureOrganisation(server.pool),
    await fixtureOrganisation(server.pool),
  ]
  sessions.partnerA = await accounts.session('partner', { organisationId: organisationA })
  sessions.partnerB = await accounts.session('partner', { organisationId: organisationB })
  sessions.officer = await accounts.session('officer')
  const common = { collection: 'terrils', table: 'terril', featureId: '87', condition: 'moyen' }
  constatA = await insertConstat(server.pool, {
    ...common,
    visitedOn: '2025-04-02',
    note: 'Constat synthétique de A',
    authorId: await fixtureAuthor(server.pool, organisationA),
    organisationId: organisationA,
  })
  constatB = await insertConstat(server.pool, {
    ...common,
    visitedOn: '2025-06-12',
    note: 'Constat synthétique de B',
    authorId: await fixtureAuthor(server.pool, organisationB),
    organisationId: organisationB,
  })
  const place = { features: [{ collection: 'terrils', id: '87' }] }
  await createAlert(server.app, sessions.partnerA, { ...place, title: 'Alerte synthétique de A' })
  await createAlert(server.app, sessions.partnerB, { ...place, title: 'Alerte synthétique de B' })
  await insertErbmFollowup(server.pool, CITE, await fixtureAuthor(server.pool, null))
})

// [who, sees A's alert and constat, sees B's, sees the ERBM follow-up]
const MATRIX: [Who, boolean, boolean, boolean][] = [
  ['public', false, false, false],
  ['partnerA', true, false, true],
  ['partnerB', false, true, true],
  ['officer', true, true, true],
]

describe('a sheet shows each caller what it may see', () => {
  it.each(MATRIX)('terril 87 for %s: A %s, B %s', async (who, seesA, seesB) => {
    const response = await sheet(who, '/sheets/terrils/87')
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(response.headers['cache-control']).toBe('private, no-store')
    const html = response.body
    expect(html.includes('Alerte synthétique de A')).toBe(seesA)
    expect(html.includes('Constat synthétique de A')).toBe(seesA)
    expect(html.includes(constatA)).toBe(seesA)
    expect(html.includes('Alerte synthétique de B')).toBe(seesB)
    expect(html.includes('Constat synthétique de B')).toBe(seesB)
    expect(html.includes(constatB)).toBe(seesB)
    // Anonymous visitors get no section at all, not an empty one that would say "nothing here".
    expect(html.includes('id="alertes"')).toBe(who !== 'public')
    expect(html.includes('id="constats"')).toBe(who !== 'public')
    // The public parts are there for everyone.
    expect(html).toContain('id="carte"')
    expect(html).toContain('id="protections"')
  })

  it.each(MATRIX)('ERBM cité for %s: follow-up %s', async (who, _a, _b, seesErbm) => {
    const response = await sheet(who, `/sheets/cites-erbm/${CITE}`)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.body.includes('id="erbm"')).toBe(seesErbm)
    expect(response.body.includes('Bailleur synthétique')).toBe(seesErbm)
  })

  it('an officer sees both constats in the chart', async () => {
    const html = (await sheet('officer', '/sheets/terrils/87')).body
    const chart = /<figure class="chart">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? ''
    expect(chart).toContain('<svg')
    expect(chart.match(/<circle/g)?.length).toBeGreaterThanOrEqual(2)
  })
})

describe('unknown sheets are 404 problems, for everyone', () => {
  it.each([
    '/sheets/nope/1',
    '/sheets/terrils/ZZZ',
    '/sheets/terrils/9999',
    '/sheets/cites-erbm/999999',
    '/sheets/terrils/9999.pdf',
    '/sheets/nope/1.pdf',
  ])('%s', async (path) => {
    expectProblem(await sheet('public', path), 404)
    expectProblem(await sheet('officer', path), 404)
  })

  it('refuses unknown query parameters with a 400 naming them', async () => {
    const problem = expectProblem(await sheet('public', '/sheets/terrils/74A?lang=en'), 400)
    expect(problem['invalid-params']?.map((param) => param.name)).toContain('lang')
  })
})
