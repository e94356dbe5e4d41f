import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AppOptions, buildApp } from '../../src/app.ts'
import { createPool } from '../../src/db/pool.ts'
import { testDatabaseUrl } from '../helpers/test-app.ts'

const pool = createPool(testDatabaseUrl())
const apps: Awaited<ReturnType<typeof buildApp>>[] = []
let webDist = ''

async function appWith(config: Partial<AppOptions['config']> = {}) {
  const app = await buildApp({
    pool,
    config: { PUBLIC_URL: undefined, WEB_DIST_DIR: webDist, LOG_LEVEL: 'silent', ...config },
    logger: false,
  })
  apps.push(app)
  return app
}

beforeAll(async () => {
  // A synthetic build of the web app (test data): an index.html and one hashed asset.
  webDist = await mkdtemp(path.join(os.tmpdir(), 'hw-headers-dist-'))
  await mkdir(path.join(webDist, 'assets'))
  await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>test</title>')
  await writeFile(path.join(webDist, 'assets', 'index-test.js'), 'console.log("test")')
})
afterAll(async () => {
  for (const app of apps) await app.close()
  await pool.end()
  await rm(webDist, { recursive: true, force: true })
})

function expectSecurityHeaders(response: LightMyRequestResponse) {
  const headers = response.headers
  const csp = String(headers['content-security-policy'])
  expect(csp).toContain("default-src 'self'")
  expect(csp).toMatch(/script-src 'self'(;|$)/)
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain('worker-src')
  expect(csp).not.toMatch(/script-src[^;]*unsafe/)
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(String(headers['permissions-policy'])).toContain('geolocation=(self)')
  expect(String(headers['permissions-policy'])).toContain('camera=()')
}

describe('security headers', () => {
  it('are on every kind of answer: JSON, OGC HTML, the web app, 404, 401, problems', async () => {
    const app = await appWith()
    const answers = await Promise.all(
      [
        '/',
        '/collections?f=html',
        '/collections/terrils/items?limit=1&f=html',
        '/sheets',
        '/app/',
        '/app/assets/index-test.js',
        '/no-such-route',
        '/auth/me',
        '/collections/terrils/items?limit=nope',
        '/healthz',
      ].map((url) => app.inject({ url })),
    )
    expect(answers.map((answer) => answer.statusCode)).toEqual([
      200, 200, 200, 200, 200, 200, 404, 401, 400, 200,
    ])
    for (const answer of answers) expectSecurityHeaders(answer)
  })

  it('lets the configured basemap services in (img-src, connect-src), and no other origin', async () => {
    const app = await appWith({ BASEMAP_OSM_URL: 'https://tiles.example.test/{z}/{x}/{y}.png' })
    const csp = String((await app.inject({ url: '/' })).headers['content-security-policy'])
    const directive = (name: string) => csp.split('; ').find((part) => part.startsWith(`${name} `)) ?? ''
    for (const name of ['img-src', 'connect-src']) {
      expect(directive(name)).toContain('https://tiles.example.test')
      expect(directive(name)).toContain('https://data.geopf.fr')
      expect(directive(name)).not.toContain('tile.openstreetmap.org')
    }
    expect(directive('script-src')).toBe("script-src 'self'")
  })

  it('sends HSTS only over HTTPS, and believes X-Forwarded-Proto only from a trusted proxy', async () => {
    const direct = await appWith()
    const plain = await direct.inject({ url: '/' })
    expect(plain.headers['strict-transport-security']).toBeUndefined()
    const claimed = await direct.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } })
    expect(claimed.headers['strict-transport-security']).toBeUndefined()

    const proxied = await appWith({ TRUST_PROXY: ['127.0.0.1'], HSTS_MAX_AGE_SECONDS: 31_536_000 })
    const secure = await proxied.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } })
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(
      (await proxied.inject({ url: '/', headers: { 'x-forwarded-proto': 'http' } })).headers[
        'strict-transport-security'
      ],
    ).toBeUndefined()
    // A client that is not the trusted proxy cannot claim HTTPS.
    const spoofed = await proxied.inject({
      url: '/',
      remoteAddress: '203.0.113.7',
      headers: { 'x-forwarded-proto': 'https' },
    })
    expect(spoofed.headers['strict-transport-security']).toBeUndefined()

    const off = await appWith({ TRUST_PROXY: true, HSTS_MAX_AGE_SECONDS: 0 })
    const none = await off.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } })
    expect(none.headers['strict-transport-security']).toBeUndefined()
  })
})

describe('request ids', () => {
  it('keeps a sane X-Request-Id and echoes it, also on errors', async () => {
    const app = await appWith()
    const given = 'f3b1c2d4-5e6f-4a1b-9c8d-7e6f5a4b3c2d'
    expect((await app.inject({ url: '/', headers: { 'x-request-id': given } })).headers['x-request-id']).toBe(
      given,
    )
    const missing = await app.inject({ url: '/nothing-here', headers: { 'x-request-id': 'trace:abc.123' } })
    expect(missing.statusCode).toBe(404)
    expect(missing.headers['x-request-id']).toBe('trace:abc.123')
  })

  it('replaces an id that is too long or could forge a log line by a new UUID, different each time', async () => {
    const app = await appWith()
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    for (const bad of ['x'.repeat(129), '<script>alert(1)</script>', 'a b', '"quoted"']) {
      const answer = await app.inject({ url: '/', headers: { 'x-request-id': bad } })
      expect(answer.headers['x-request-id']).toMatch(uuid)
    }
    const [first, second] = await Promise.all([app.inject({ url: '/' }), app.inject({ url: '/' })])
    expect(first!.headers['x-request-id']).toMatch(uuid)
    expect(second!.headers['x-request-id']).not.toBe(first!.headers['x-request-id'])
  })
})
