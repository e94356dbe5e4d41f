import { FeatureCollectionSchema } from '@heritage-watch/shared'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { DATA_VERSION } from '../../../src/db/sql/tiles.sql.ts'
import { createTestPool, type TestApp } from '../../helpers/test-app.ts'

// The response cache of issue 12: what it answers without the database, and what it never answers.
const ITEMS = '/collections/puits-de-mines/items?limit=20'
const COLLECTIONS = '/collections'

/**
 * Counts the queries the app sends on any connection, other than the data version's (read at most once a
 * second by design): at the client, so that the items pages' own pool (db/raw-text-pool.ts) counts too.
 */
function countQueries() {
  const counted = { queries: 0 }
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string }).text
    if (text !== DATA_VERSION) counted.queries += 1
    return query.apply(this, args)
  } as typeof pg.Client.prototype.query
  const restore = () => {
    pg.Client.prototype.query = query as typeof pg.Client.prototype.query
  }
  return { counted, restore }
}

function useApp(cache: 'on' | 'off') {
  const server = {} as { app: TestApp; pool: pg.Pool; counted: { queries: number }; restore: () => void }
  beforeAll(async () => {
    server.pool = createTestPool()
    Object.assign(server, countQueries())
    server.app = await buildApp({
      pool: server.pool,
      config: {
        PUBLIC_URL: undefined,
        WEB_DIST_DIR: '/nonexistent-web-dist',
        LOG_LEVEL: 'silent',
        RESPONSE_CACHE: cache,
      },
      logger: false,
    })
  })
  afterAll(async () => {
    server.restore()
    await server.app.close()
    await server.pool.end()
  })
  /** A request and the number of queries it sent. */
  return async (url: string, headers: Record<string, string> = {}) => {
    const before = server.counted.queries
    const response = await server.app.inject({ url, headers })
    return { response, queries: server.counted.queries - before, server }
  }
}

describe('response cache on', () => {
  const request = useApp('on')

  it('answers a repeated page from memory, byte for byte, without a query', async () => {
    const first = await request(ITEMS)
    expect(first.response.statusCode).toBe(200)
    expect(first.queries).toBeGreaterThan(0)
    const second = await request(ITEMS)
    expect(second.queries).toBe(0)
    expect(second.response.body).toBe(first.response.body)
    expect(second.response.headers['content-type']).toBe(first.response.headers['content-type'])
    expect(second.response.headers['content-crs']).toBe(first.response.headers['content-crs'])
    expect(second.response.headers.etag).toBe(first.response.headers.etag)
    FeatureCollectionSchema.parse(second.response.json())
  })

  it('keeps a copy of a streamed page and answers it again from memory', async () => {
    const url = '/collections/communes/items?limit=500'
    const first = await request(url)
    // Streamed (over 256 K characters, ogc/feature-page-body.ts), with its length announced all the same.
    expect(first.response.rawPayload.length).toBeGreaterThan(1 << 18)
    expect(Number(first.response.headers['content-length'])).toBe(first.response.rawPayload.length)
    const second = await request(url)
    expect(second.queries).toBe(0)
    expect(second.response.body).toBe(first.response.body)
  })

  it('answers If-None-Match with 304 without a query, for cached and streamed answers alike', async () => {
    for (const url of [ITEMS, '/collections/communes/items?limit=1000', '/collections/terrils/items/1']) {
      const { response } = await request(url)
      const etag = String(response.headers.etag)
      const again = await request(url, { 'if-none-match': etag })
      expect(again.response.statusCode, url).toBe(304)
      expect(again.queries, url).toBe(0)
    }
  })

  it('compresses a cached answer and keeps it correct', async () => {
    await request(ITEMS)
    const { response, queries } = await request(ITEMS, { 'accept-encoding': 'gzip' })
    expect(queries).toBe(0)
    expect(response.headers['content-encoding']).toBe('gzip')
    const { gunzipSync } = await import('node:zlib')
    const plain = (await request(ITEMS)).response.body
    expect(gunzipSync(response.rawPayload).toString()).toBe(plain)
  })

  it('keys on the format asked: HTML and GeoJSON of one URL are two answers', async () => {
    const json = await request(ITEMS)
    const html = await request(ITEMS, { accept: 'text/html' })
    expect(html.response.headers['content-type']).toMatch(/^text\/html/)
    expect(json.response.headers['content-type']).toMatch(/^application\/geo\+json/)
  })

  it('gives public layers to a signed-in caller from the same entry, never an account’s list of collections', async () => {
    await request(ITEMS)
    const signedIn = await request(ITEMS, { authorization: 'Bearer not-a-token' })
    expect(signedIn.queries).toBe(0)
    await request(COLLECTIONS)
    const anonymous = await request(COLLECTIONS)
    expect(anonymous.queries).toBe(0)
    const withCookie = await request(COLLECTIONS, { cookie: 'hw_session=not-a-session' })
    expect(withCookie.queries).toBeGreaterThan(0)
    // A token is checked (here refused) before any answer: never the anonymous list from memory.
    const withToken = await request(COLLECTIONS, { authorization: 'Bearer not-a-token' })
    expect(withToken.response.headers.etag).not.toBe(anonymous.response.headers.etag)
    expect(withToken.response.body).not.toBe(anonymous.response.body)
  })

  it('keeps no error: a missing feature asks the database each time', async () => {
    // An id of the collection's shape that names no feature: only the database can tell.
    const missing = '/collections/zone-tampon/items/999'
    expect((await request(missing)).response.statusCode).toBe(404)
    const again = await request(missing)
    expect(again.response.statusCode).toBe(404)
    expect(again.queries).toBeGreaterThan(0)
  })

  it('changes its answers when the data version changes (a new load)', async () => {
    const first = await request(ITEMS)
    const { pool } = first.server
    const etag = String(first.response.headers.etag)
    // A load as the loader records it (same digest and summary), taken back at the end of the test.
    const added = await pool.query<{ id: number }>(
      `INSERT INTO data_load (source_digest, summary)
       SELECT source_digest, summary FROM data_load ORDER BY id DESC LIMIT 1 RETURNING id`,
    )
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100))
      const after = await request(ITEMS, { 'if-none-match': etag })
      expect(after.response.statusCode).toBe(200)
      expect(after.response.headers.etag).not.toBe(etag)
      expect(after.queries).toBeGreaterThan(0)
    } finally {
      await pool.query('DELETE FROM data_load WHERE id = $1', [added.rows[0]?.id])
    }
  })
})

describe('response cache off (RESPONSE_CACHE=off)', () => {
  const request = useApp('off')

  it('asks the database for every request and still answers 304 on an unchanged body', async () => {
    const first = await request(ITEMS)
    const second = await request(ITEMS)
    expect(second.queries).toBeGreaterThan(0)
    expect(second.response.body).toBe(first.response.body)
    const etag = String(first.response.headers.etag)
    const again = await request(ITEMS, { 'if-none-match': etag })
    expect(again.response.statusCode).toBe(304)
  })

  it('tags answers with the data version, streamed pages included, and still asks the database', async () => {
    // Streamed: @fastify/etag cannot hash a stream, so only the version tag gives this page an ETag.
    const url = '/collections/communes/items?limit=1000'
    const first = await request(url)
    // Streamed (over 256 K characters, ogc/feature-page-body.ts), with its length announced all the same.
    expect(first.response.rawPayload.length).toBeGreaterThan(1 << 18)
    expect(Number(first.response.headers['content-length'])).toBe(first.response.rawPayload.length)
    const etag = String(first.response.headers.etag)
    expect(etag).toMatch(/^"\d+-[\w-]{22}"$/)
    const again = await request(url, { 'if-none-match': etag })
    expect(again.response.statusCode).toBe(304)
    expect(again.queries).toBeGreaterThan(0)
    // Another URL, another tag; an error keeps the hash of its own body, never the version's tag.
    expect((await request(ITEMS)).response.headers.etag).not.toBe(etag)
    const missing = await request('/collections/zone-tampon/items/999')
    expect(missing.response.statusCode).toBe(404)
    expect(String(missing.response.headers.etag)).not.toMatch(/^"\d+-/)
  })
})
