import { ALERTS_COLLECTION_ID, FeatureCollectionSchema } from '@heritage-watch/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from './alert-fixtures.ts'
import { openStream, pause, type TestStream } from './sse-client.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// Who sees what (issue #4), on the channels besides the JSON routes (alert-visibility.test.ts): the OGC
// collection, the Atom feed, the live stream, and the tiles that must never carry alerts at all.
type Who = 'public' | 'partnerA' | 'partnerB' | 'officer' | 'admin'
const sessions = {} as Record<Exclude<Who, 'public'>, Session>
const streams = new Map<Who, TestStream>()
let alertA: string
let alertB: string
let url: string

const headersOf = (who: Who): Record<string, string> =>
  who === 'public' ? {} : { cookie: sessions[who].cookie }
const get = (who: Who, path: string) => server.app.inject({ url: path, headers: headersOf(who) })

beforeAll(async () => {
  url = await server.app.listen({ host: '127.0.0.1', port: 0 })
  sessions.partnerA = await accounts.session('partner')
  sessions.partnerB = await accounts.session('partner')
  sessions.officer = await accounts.session('officer')
  sessions.admin = await accounts.session('admin')
  // Streams first, so that they hear of the two alerts being created.
  for (const who of ['public', 'partnerA', 'partnerB', 'officer', 'admin'] as const) {
    streams.set(who, await openStream(`${url}/alerts/stream`, headersOf(who)))
  }
  alertA = (await createAlert(server.app, sessions.partnerA)).id
  alertB = (await createAlert(server.app, sessions.partnerB, { severity: 'critical' })).id
})
afterAll(() => {
  for (const stream of streams.values()) stream.close()
})

// [who, sees alert A, sees alert B]
const MATRIX: [Who, boolean, boolean][] = [
  ['public', false, false],
  ['partnerA', true, false],
  ['partnerB', false, true],
  ['officer', true, true],
  ['admin', true, true],
]

describe('who sees which alert, on every channel', () => {
  it.each(MATRIX)('OGC collection for %s: A %s, B %s', async (who, seesA, seesB) => {
    const items = await get(who, `/collections/${ALERTS_COLLECTION_ID}/items?limit=10000`)
    if (who === 'public') {
      expectProblem(items, 401)
      const listed = (await get(who, '/collections')).json() as { collections: { id: string }[] }
      expect(listed.collections.map((collection) => collection.id)).not.toContain(ALERTS_COLLECTION_ID)
    } else {
      const ids = FeatureCollectionSchema.parse(items.json()).features.map((feature) => feature.id)
      expect(ids.includes(alertA)).toBe(seesA)
      expect(ids.includes(alertB)).toBe(seesB)
      expect(items.headers['cache-control']).toBe('private, no-store')
    }
    for (const [id, sees] of [
      [alertA, seesA],
      [alertB, seesB],
    ] as const) {
      const one = await get(who, `/collections/${ALERTS_COLLECTION_ID}/items/${id}`)
      expect(one.statusCode, one.body).toBe(who === 'public' ? 401 : sees ? 200 : 404)
    }
  })

  it.each(MATRIX)('Atom feed for %s: A %s, B %s', async (who, seesA, seesB) => {
    const feed = await get(who, '/alerts/feed.atom')
    if (who === 'public') {
      expectProblem(feed, 401)
      return
    }
    expect(feed.statusCode, feed.body).toBe(200)
    expect(feed.body.includes(`#alerte=${alertA}`)).toBe(seesA)
    expect(feed.body.includes(`#alerte=${alertB}`)).toBe(seesB)
  })

  it.each(MATRIX)('live stream for %s: A %s, B %s', async (who, seesA, seesB) => {
    const stream = streams.get(who)!
    if (who === 'public') {
      expect(stream.status).toBe(401)
      return
    }
    expect(stream.status).toBe(200)
    if (seesA) await stream.waitFor((message) => message.alertId === alertA)
    if (seesB) await stream.waitFor((message) => message.alertId === alertB)
    // Whatever was to arrive has arrived by now: the events are sent right after each commit.
    await pause(200)
    const heard = new Set(stream.alerts.map((message) => message.alertId))
    expect(heard.has(alertA)).toBe(seesA)
    expect(heard.has(alertB)).toBe(seesB)
  })

  it.each(MATRIX)('tiles for %s: alerts are no tile layer (the map reads /alerts/badges)', async (who) => {
    expectProblem(await get(who, `/tiles/${ALERTS_COLLECTION_ID}/0/0/0`), 404)
    expectProblem(await get(who, `/tiles/${ALERTS_COLLECTION_ID}`), 404)
  })
})
