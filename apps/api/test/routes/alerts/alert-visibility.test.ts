import { AlertBadgesSchema, AlertListSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert, multipartBody, pngImage, TERRIL_74A_ALERT } from './alert-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// Who sees what (issue #4): anonymous visitors see no alert; a partner sees its organisation's alerts;
// officers and admins see all. Checked on every way alerts leave the API: one alert, the list, its
// exports, the badges, the photos.
let partnerA: Session
let partnerA2: Session
let partnerB: Session
let officer: Session
let admin: Session
let alertA: string
let alertB: string
let photoA: string

beforeAll(async () => {
  partnerA = await accounts.session('partner')
  partnerA2 = await accounts.session('partner', { organisationId: partnerA.user.organisation!.id })
  partnerB = await accounts.session('partner')
  officer = await accounts.session('officer')
  admin = await accounts.session('admin')
  const form = multipartBody({ ...TERRIL_74A_ALERT, title: `Visibilité ${crypto.randomUUID()}` }, [
    { filename: 'a.png', contentType: 'image/png', content: pngImage() },
  ])
  const created = await server.app.inject({
    method: 'POST',
    url: '/alerts',
    headers: { ...partnerA.headers, 'content-type': form.contentType },
    payload: form.payload,
  })
  const body = created.json() as { id: string; photos: { href: string }[] }
  alertA = body.id
  photoA = body.photos[0]!.href
  alertB = (await createAlert(server.app, partnerB, { severity: 'critical' })).id
})

type Who = 'public' | 'partnerA' | 'partnerA2' | 'partnerB' | 'officer' | 'admin'
const sessionOf = (who: Who) => ({ public: undefined, partnerA, partnerA2, partnerB, officer, admin })[who]
const get = (who: Who, url: string) => {
  const session = sessionOf(who)
  return server.app.inject({ url, headers: session ? { cookie: session.cookie } : {} })
}

// [who, sees alert A, sees alert B]
const MATRIX: [Who, boolean, boolean][] = [
  ['public', false, false],
  ['partnerA', true, false],
  ['partnerA2', true, false],
  ['partnerB', false, true],
  ['officer', true, true],
  ['admin', true, true],
]

describe('who sees which alert, on every route', () => {
  it.each(MATRIX)('GET /alerts/{id} and its photo for %s: A %s, B %s', async (who, seesA, seesB) => {
    for (const [id, sees] of [
      [alertA, seesA],
      [alertB, seesB],
    ] as const) {
      const response = await get(who, `/alerts/${id}`)
      if (who === 'public') expectProblem(response, 401)
      else expect(response.statusCode, response.body).toBe(sees ? 200 : 404)
      expect(response.headers['cache-control']).toBe('private, no-store')
    }
    const photo = await get(who, photoA)
    expect(photo.statusCode).toBe(who === 'public' ? 401 : seesA ? 200 : 404)
  })

  it.each(MATRIX)('GET /alerts (JSON, CSV, GeoJSON) for %s: A %s, B %s', async (who, seesA, seesB) => {
    const expected = [seesA && alertA, seesB && alertB].filter(Boolean)
    const list = await get(who, '/alerts?limit=1000')
    if (who === 'public') {
      expectProblem(list, 401)
      expectProblem(await get(who, '/alerts?f=csv'), 401)
      return
    }
    const ids = AlertListSchema.parse(list.json()).alerts.map((alert) => alert.id)
    expect(ids.filter((id) => id === alertA || id === alertB).sort()).toEqual([...expected].sort())
    const csv = await get(who, '/alerts?f=csv')
    expect(csv.headers['content-type']).toMatch(/^text\/csv/)
    expect(csv.body.includes(alertA)).toBe(seesA)
    expect(csv.body.includes(alertB)).toBe(seesB)
    const geojson = (await get(who, '/alerts?f=geojson')).json() as { features: { id: string }[] }
    const exported = geojson.features.map((feature) => feature.id)
    expect(exported.includes(alertA)).toBe(seesA)
    expect(exported.includes(alertB)).toBe(seesB)
  })

  it.each(MATRIX)('GET /alerts/badges for %s: A %s, B %s', async (who, seesA, seesB) => {
    const badges = AlertBadgesSchema.parse((await get(who, '/alerts/badges')).json()).badges
    const terril = badges.find((badge) => badge.collection === 'terrils' && badge.featureId === '74A')
    if (!seesA && !seesB) expect(terril).toBeUndefined()
    // B is critical: whoever sees it gets the highest severity.
    if (seesB) expect(terril?.severity).toBe('critical')
    if (seesA && !seesB) expect(terril?.severity).toBe('high')
    // Drawn on the terril itself (its point on surface is at about 2.7781, 50.4433).
    if (seesA || seesB) {
      expect(terril?.anchor[0]).toBeCloseTo(2.778, 2)
      expect(terril?.anchor[1]).toBeCloseTo(50.443, 2)
    }
  })

  it('lets a partner comment only on its own organisation’s alerts', async () => {
    const own = await server.app.inject({
      method: 'POST',
      url: `/alerts/${alertA}/comments`,
      headers: partnerA2.headers,
      payload: { body: 'Vu aussi.' },
    })
    expect(own.statusCode, own.body).toBe(200)
    const other = await server.app.inject({
      method: 'POST',
      url: `/alerts/${alertA}/comments`,
      headers: partnerB.headers,
      payload: { body: 'Vu aussi.' },
    })
    expectProblem(other, 404)
  })
})

describe('GET /alerts filters, sorts and exports what it shows', () => {
  it('filters by status, severity, category, commune, layer, feature, date and text', async () => {
    const queries: [string, boolean][] = [
      ['status=nouvelle', true],
      ['status=en_cours,resolue', false],
      ['severity=high', true],
      ['severity=low', false],
      ['category=erosion', true],
      ['category=incendie', false],
      ['commune=loos-en-gohelle', true],
      ['commune=Lewarde', false],
      // The start of the name, without case, accents or hyphens (issue #11 §7); not a word inside it.
      ['commune=LOÔS', true],
      ['commune=loos en', true],
      ['commune=gohelle', false],
      ['commune=%25', false],
      ['collection=terrils', true],
      ['collection=communes', false],
      ['feature=terrils/74A', true],
      ['datetime=2026-11-01/2026-11-30', true],
      ['datetime=../2026-01-01', false],
      ['q=ravines profondes', true],
      ['q=effondrement', false],
      ['assignee=none', true],
      ['assignee=me', false],
    ]
    for (const [query, found] of queries) {
      const response = await get('officer', `/alerts?${query}&limit=1000`)
      expect(response.statusCode, `${query}: ${response.body}`).toBe(200)
      const ids = AlertListSchema.parse(response.json()).alerts.map((alert) => alert.id)
      expect(ids.includes(alertA), query).toBe(found)
    }
  })

  it('sorts by severity and pages with numberMatched', async () => {
    const body = AlertListSchema.parse((await get('officer', '/alerts?sort=-severity&limit=1')).json())
    expect(body.numberReturned).toBe(1)
    expect(body.numberMatched).toBeGreaterThanOrEqual(2)
    expect(body.alerts[0]!.severity).toBe('critical')
  })

  it('names each bad parameter', async () => {
    const response = await get('officer', '/alerts?status=ouverte&sort=-colour&limit=0&bbox=1,2,3,4')
    const names = (expectProblem(response, 400)['invalid-params'] ?? []).map((param) => param.name).sort()
    expect(names).toEqual(['bbox', 'limit', 'sort', 'status'])
  })
})
