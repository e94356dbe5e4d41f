import {
  ALERTS_COLLECTION_ID,
  ASSESSMENTS_COLLECTION_ID,
  COLLECTIONS,
  CollectionSchema,
  CollectionsSchema,
  FeatureCollectionSchema,
  FeatureSchema,
} from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, invalidNames, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert, FOSSE_DELLOYE } from '../alerts/alert-fixtures.ts'

const server = useTestApp()
const accounts = useAccounts(server)

const PATH = `/collections/${ALERTS_COLLECTION_ID}`
let officer: Session
let token: string
let onTerril: string
let atDelloye: string
let pinned: string

beforeAll(async () => {
  officer = await accounts.session('officer')
  const partner = await accounts.session('partner')
  onTerril = (await createAlert(server.app, partner, { observedOn: '2026-10-01' })).id
  atDelloye = (
    await createAlert(server.app, partner, {
      features: [FOSSE_DELLOYE],
      category: 'vandalisme',
      severity: 'critical',
      observedOn: '2026-11-02',
    })
  ).id
  // A pin dropped near terril 74A in the buffer zone (as in create-alert.test.ts), naming no feature.
  pinned = (
    await createAlert(server.app, partner, {
      features: [],
      geometry: { type: 'Point', coordinates: [2.771748, 50.443281] },
      observedOn: '2026-11-03',
    })
  ).id
  const created = await server.app.inject({
    method: 'POST',
    url: '/auth/tokens',
    headers: officer.headers,
    payload: { name: 'QGIS' },
  })
  token = (created.json() as { token: string }).token
})

const asOfficer = (url: string) => server.app.inject({ url, headers: { authorization: `Bearer ${token}` } })
const ids = (body: unknown) => FeatureCollectionSchema.parse(body).features.map((feature) => feature.id)

describe('the alerts collection', () => {
  it('is listed in /collections for accounts only, privately', async () => {
    const anonymous = await server.app.inject({ url: '/collections' })
    const listed = CollectionsSchema.parse(anonymous.json()).collections.map((c) => c.id)
    expect(listed).toEqual(COLLECTIONS.map((collection) => collection.id))
    expect(anonymous.headers.vary).toContain('Authorization')
    const withToken = await asOfficer('/collections')
    const collections = CollectionsSchema.parse(withToken.json()).collections
    expect(collections.map((c) => c.id)).toEqual([...listed, ALERTS_COLLECTION_ID, ASSESSMENTS_COLLECTION_ID])
    expect(withToken.headers['cache-control']).toBe('private, no-store')
  })

  it('describes what the caller may see, with its extent and links', async () => {
    const response = await asOfficer(PATH)
    expect(response.statusCode, response.body).toBe(200)
    const collection = CollectionSchema.parse(response.json())
    expect(collection.numberOfFeatures).toBeGreaterThanOrEqual(2)
    expect(collection.extent?.spatial.bbox[0]).toHaveLength(4)
    expect(collection.links.map((link) => link.rel)).toEqual(
      expect.arrayContaining(['self', 'items', 'http://www.opengis.net/def/rel/ogc/1.0/queryables']),
    )
    expect(response.headers['cache-control']).toBe('private, no-store')
    expect(response.headers.vary).toBe('Cookie, Authorization')
  })

  it('serves the alerts as GeoJSON with flat properties, the description included', async () => {
    const response = await asOfficer(`${PATH}/items?limit=10000`)
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/)
    expect(response.headers['content-crs']).toBe('<http://www.opengis.net/def/crs/OGC/1.3/CRS84>')
    const body = FeatureCollectionSchema.parse(response.json())
    const feature = body.features.find((candidate) => candidate.id === atDelloye)!
    expect(feature.properties).toMatchObject({
      category: 'vandalisme',
      severity: 'critical',
      status: 'nouvelle',
      observedOn: '2026-11-02',
      features: ['bien-inscrit-elements/23'],
      communes: ['Lewarde'],
      appUrl: `http://localhost:80/app/#alerte=${atDelloye}`,
    })
    expect(typeof feature.properties.description).toBe('string')
    expect(feature.geometry?.type).toMatch(/Polygon|Point/)
  })

  it('filters on status, severity, category, datetime (the observed date) and bbox', async () => {
    const cases: [string, string[], string[]][] = [
      ['severity=critical', [atDelloye], [onTerril]],
      ['category=erosion', [onTerril], [atDelloye]],
      ['status=nouvelle', [onTerril, atDelloye], []],
      ['status=resolue,rejetee', [], [onTerril, atDelloye]],
      ['datetime=2026-10-01', [onTerril], [atDelloye]],
      ['datetime=2026-11-01T00:00:00Z/..', [atDelloye], [onTerril]],
      // Around Lewarde, far from terril 74A at Loos-en-Gohelle.
      ['bbox=3.15,50.32,3.20,50.35', [atDelloye], [onTerril]],
    ]
    for (const [query, present, absent] of cases) {
      const response = await asOfficer(`${PATH}/items?${query}&limit=10000`)
      expect(response.statusCode, `${query}: ${response.body}`).toBe(200)
      const found = ids(response.json())
      for (const id of present) expect(found, query).toContain(id)
      for (const id of absent) expect(found, query).not.toContain(id)
    }
  })

  it('pages with limit, offset and next/prev links', async () => {
    const first = FeatureCollectionSchema.parse((await asOfficer(`${PATH}/items?limit=1`)).json())
    expect(first.numberReturned).toBe(1)
    const next = first.links.find((link) => link.rel === 'next')!.href
    expect(next).toContain('offset=1')
    const second = FeatureCollectionSchema.parse(
      (await asOfficer(new URL(next).pathname + new URL(next).search)).json(),
    )
    expect(second.features[0]!.id).not.toBe(first.features[0]!.id)
    expect(second.links.map((link) => link.rel)).toContain('prev')
  })

  it('serves one alert, and 404 for one that does not exist', async () => {
    const response = await asOfficer(`${PATH}/items/${onTerril}`)
    expect(response.statusCode, response.body).toBe(200)
    const feature = FeatureSchema.parse(response.json())
    expect(feature.properties.features).toEqual(['terrils/74A'])
    expectProblem(await asOfficer(`${PATH}/items/00000000-0000-4000-8000-000000000000`), 404)
    // An id of another shape names no alert either (OGC API - Features Part 1 §7.5.1).
    expectProblem(await asOfficer(`${PATH}/items/74A`), 404)
  })

  it('declares its queryables', async () => {
    const response = await asOfficer(`${PATH}/queryables`)
    expect(response.headers['content-type']).toMatch(/^application\/schema\+json/)
    expect(Object.keys(response.json().properties)).toEqual([
      'geometry',
      'observedOn',
      'status',
      'severity',
      'category',
      'geometryOrigin',
    ])
  })

  it('filters on the geometry’s origin: the alerts with a place of their own for the map', async () => {
    const drawn = FeatureCollectionSchema.parse(
      (await asOfficer(`${PATH}/items?geometryOrigin=drawn&limit=10000`)).json(),
    )
    expect(drawn.features.map((feature) => feature.id)).toContain(pinned)
    expect(drawn.features.map((feature) => feature.id)).not.toContain(onTerril)
    expect(new Set(drawn.features.map((feature) => feature.properties.geometryOrigin))).toEqual(
      new Set(['drawn']),
    )
    const onFeatures = ids((await asOfficer(`${PATH}/items?geometryOrigin=features&limit=10000`)).json())
    expect(onFeatures).toContain(onTerril)
    expect(onFeatures).not.toContain(pinned)
    const one = FeatureSchema.parse((await asOfficer(`${PATH}/items/${pinned}`)).json())
    expect(one.properties.geometryOrigin).toBe('drawn')
    expect(one.geometry).toMatchObject({ type: 'Point' })
    const bad = await asOfficer(`${PATH}/items?geometryOrigin=pin`)
    expect(invalidNames(expectProblem(bad, 400))).toEqual(['geometryOrigin'])
  })

  it('names every bad parameter', async () => {
    const response = await asOfficer(
      `${PATH}/items?status=ouverte&limit=0&bbox=1,2&crs=EPSG:2154&f=html&colour=red&datetime=hier`,
    )
    expect(invalidNames(expectProblem(response, 400)).sort()).toEqual(
      ['bbox', 'colour', 'crs', 'datetime', 'f', 'limit', 'status'].sort(),
    )
    expect(invalidNames(expectProblem(await asOfficer(`${PATH}?limit=5`), 400))).toEqual(['limit'])
  })

  it('asks anonymous callers to authenticate, on every path', async () => {
    for (const path of [PATH, `${PATH}/items`, `${PATH}/items/${onTerril}`, `${PATH}/queryables`]) {
      const response = await server.app.inject({ url: path })
      expectProblem(response, 401)
      expect(response.body).not.toContain(onTerril.slice(0, 8) + 'x')
    }
  })

  it('advertises no write method on OPTIONS, with or without CORS', async () => {
    for (const path of [PATH, `${PATH}/items`, `${PATH}/items/${onTerril}`]) {
      const plain = await server.app.inject({ method: 'OPTIONS', url: path })
      expect(plain.statusCode).toBe(204)
      expect(plain.headers.allow).toBe('GET, HEAD, OPTIONS')
      const preflight = await server.app.inject({
        method: 'OPTIONS',
        url: path,
        headers: { origin: 'https://qgis.example', 'access-control-request-method': 'GET' },
      })
      expect(preflight.statusCode).toBe(204)
      expect(preflight.headers.allow).toBe('GET, HEAD, OPTIONS')
      expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS')
    }
  })

  it('never answers a 304 across callers: each caller’s ETag is of its own answer', async () => {
    const officerAnswer = await asOfficer(`${PATH}/items`)
    const etag = officerAnswer.headers.etag as string
    const partner = await accounts.session('partner')
    const other = await server.app.inject({
      url: `${PATH}/items`,
      headers: { cookie: partner.cookie, 'if-none-match': etag },
    })
    expect(other.statusCode).toBe(200)
    expect(ids(other.json())).toEqual([])
  })
})
