import { ReverseGeocodeResponseSchema, SearchResponseSchema, type SearchResult } from '@heritage-watch/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { startStubGeocoder, type StubGeocoder } from '../../helpers/stub-geocoder.ts'
import { createTestPool } from '../../helpers/test-app.ts'

/**
 * Shorter than the production 1.5 s so that the suite stays quick, yet long enough for a loaded 2-core
 * machine; the slow stub answers well after it.
 */
const TIMEOUT_MS = 1000
const SLOW_MS = 3000

let stub: StubGeocoder
let pool: ReturnType<typeof createTestPool>
const apps: Awaited<ReturnType<typeof buildApp>>[] = []

async function appOn(geocoderUrl: string) {
  const app = await buildApp({
    pool,
    config: {
      PUBLIC_URL: undefined,
      WEB_DIST_DIR: '/nonexistent-web-dist',
      LOG_LEVEL: 'silent',
      GEOCODER_URL: geocoderUrl,
      GEOCODER_TIMEOUT_MS: TIMEOUT_MS,
    },
    logger: false,
  })
  apps.push(app)
  return app
}

beforeAll(async () => {
  pool = createTestPool()
  stub = await startStubGeocoder(SLOW_MS)
})
afterAll(async () => {
  for (const app of apps) await app.close()
  await stub.close()
  await pool.end()
})

const kinds = (results: SearchResult[]) =>
  results.map((result) =>
    result.type === 'address' ? `address:${result.id}` : `${result.collection}/${result.id}`,
  )

describe('GET /search with the address service', () => {
  it('merges the addresses in the basin with our sites, after the sites named by the text', async () => {
    stub.mode = 'ok'
    const app = await appOn(stub.url)
    const response = await app.inject({ url: '/search?q=Loos-en-Gohelle' })
    expect(response.statusCode, response.body).toBe(200)
    const body = SearchResponseSchema.parse(response.json())
    expect(body.addressService).toBe('ok')
    const found = kinds(body.results)
    // The commune is ours (named exactly): first. The Paris address lies outside the basin, and the
    // service's own commune duplicates ours: neither is listed.
    expect(found[0]).toBe('communes/62528')
    expect(found).toContain('address:synthetic-62528-1')
    expect(found).not.toContain('address:synthetic-75056-1')
    expect(found).not.toContain('address:62528')
    const address = body.results.find((result) => result.type === 'address')
    expect(address).toMatchObject({
      label: '1 Rue Synthétique 62750 Loos-en-Gohelle',
      detail: '62750 Loos-en-Gohelle',
      kind: 'housenumber',
      position: [2.7866, 50.4572],
    })
    // Our sites that only lie in the commune come after the address.
    const addressAt = found.indexOf('address:synthetic-62528-1')
    const communeMatches = body.results.slice(addressAt + 1)
    expect(communeMatches.length).toBeGreaterThan(0)
    for (const result of communeMatches) expect(result.type === 'feature' && result.matchedOn).toBe('commune')
    // The service was asked for addresses near the basin.
    const asked = stub.requests.at(-1)
    expect(asked?.pathname).toBe('/search')
    expect(asked?.searchParams.get('q')).toBe('Loos-en-Gohelle')
    expect(Number(asked?.searchParams.get('lat'))).toBeGreaterThan(50)
  })

  it('does not ask the service for an identifier, nor on a later page', async () => {
    stub.mode = 'ok'
    const app = await appOn(stub.url)
    const before = stub.requests.length
    for (const url of ['/search?q=74A', '/search?q=n%C2%B0%2074', '/search?q=Lens&offset=10']) {
      const body = SearchResponseSchema.parse((await app.inject({ url })).json())
      expect(body.addressService, url).toBe('off')
      expect(
        body.results.every((result) => result.type === 'feature'),
        url,
      ).toBe(true)
    }
    expect(stub.requests.length).toBe(before)
  })

  it.each(['slow', 'error', 'garbage'] as const)(
    'still answers with our own results when the service is %s, and says so',
    async (mode) => {
      stub.mode = mode
      const app = await appOn(stub.url)
      const started = Date.now()
      const response = await app.inject({ url: '/search?q=Loos-en-Gohelle' })
      expect(Date.now() - started).toBeLessThan(SLOW_MS - 200)
      expect(response.statusCode, response.body).toBe(200)
      const body = SearchResponseSchema.parse(response.json())
      expect(body.addressService).toBe('unavailable')
      expect(kinds(body.results)[0]).toBe('communes/62528')
      expect(body.results.every((result) => result.type === 'feature')).toBe(true)
    },
  )

  it('still answers when nothing listens at the configured address', async () => {
    const gone = await startStubGeocoder()
    await gone.close()
    const app = await appOn(gone.url)
    const body = SearchResponseSchema.parse((await app.inject({ url: '/search?q=Lievin' })).json())
    expect(body.addressService).toBe('unavailable')
    expect(kinds(body.results)[0]).toBe('communes/62510')
  })
})

describe('GET /geocode/reverse', () => {
  it('gives the address nearest a position', async () => {
    stub.mode = 'ok'
    const app = await appOn(stub.url)
    const response = await app.inject({ url: '/geocode/reverse?lon=2.7866&lat=50.4573' })
    expect(response.statusCode, response.body).toBe(200)
    expect(ReverseGeocodeResponseSchema.parse(response.json())).toEqual({
      label: '1 Rue Synthétique 62750 Loos-en-Gohelle',
      kind: 'housenumber',
      postcode: '62750',
      city: 'Loos-en-Gohelle',
      distance: 12,
      position: [2.7866, 50.4572],
    })
    const asked = stub.requests.at(-1)
    expect([asked?.pathname, asked?.searchParams.get('lon'), asked?.searchParams.get('lat')]).toEqual([
      '/reverse',
      '2.7866',
      '50.4573',
    ])
  })

  it('answers 404 where the service knows no address', async () => {
    stub.mode = 'ok'
    const app = await appOn(stub.url)
    const response = await app.inject({ url: '/geocode/reverse?lon=2.3&lat=51.2' })
    expect(response.statusCode, response.body).toBe(404)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  })

  it.each(['slow', 'error', 'garbage'] as const)('answers 503 when the service is %s', async (mode) => {
    stub.mode = mode
    const app = await appOn(stub.url)
    const response = await app.inject({ url: '/geocode/reverse?lon=2.7866&lat=50.4573' })
    expect(response.statusCode, response.body).toBe(503)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.headers['retry-after']).toBeDefined()
  })

  it('answers 503 without an address service, and 400 naming a bad coordinate', async () => {
    const app = await appOn('off')
    expect((await app.inject({ url: '/geocode/reverse?lon=2.78&lat=50.45' })).statusCode).toBe(503)
    const bad = await app.inject({ url: '/geocode/reverse?lon=2.78&lat=95' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()['invalid-params'][0].name).toBe('lat')
  })
})
