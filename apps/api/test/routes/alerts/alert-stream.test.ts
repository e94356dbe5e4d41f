import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { createTestApp, useTestApp } from '../../helpers/test-app.ts'
import { STOPPING_COMMENT } from '../../../src/routes/alerts/stream.ts'
import { createAlert } from './alert-fixtures.ts'
import { expectRefusedStream, openStream, pause, type TestStream } from './sse-client.ts'

const server = useTestApp()
const accounts = useAccounts(server)

// GET /alerts/stream over a real HTTP connection: app.inject cannot read a response that never ends.
let url: string
let partnerA: Session
let partnerB: Session
let officer: Session
const streams: TestStream[] = []
const open = async (headers: Record<string, string> = {}) => {
  const stream = await openStream(`${url}/alerts/stream`, headers)
  streams.push(stream)
  return stream
}

beforeAll(async () => {
  url = await server.app.listen({ host: '127.0.0.1', port: 0 })
  partnerA = await accounts.session('partner')
  partnerB = await accounts.session('partner')
  officer = await accounts.session('officer')
})
afterAll(() => {
  for (const stream of streams) stream.close()
})

describe('GET /alerts/stream', () => {
  it('tells an officer of a partner’s new alert and status change, and another partner of neither', async () => {
    const officerStream = await open({ cookie: officer.cookie })
    const otherPartner = await open({ cookie: partnerB.cookie })
    const ownPartner = await open({ cookie: partnerA.cookie })
    expect(officerStream.status).toBe(200)
    expect(officerStream.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(officerStream.headers.get('cache-control')).toBe('private, no-store')
    expect(officerStream.headers.get('vary')).toBe('Cookie, Authorization')

    const alert = await createAlert(server.app, partnerA)
    await officerStream.waitFor((message) => message.alertId === alert.id && message.kind === 'created')
    await ownPartner.waitFor((message) => message.alertId === alert.id && message.kind === 'created')
    const moved = await server.app.inject({
      method: 'POST',
      url: `/alerts/${alert.id}/status`,
      headers: officer.headers,
      payload: { status: 'prise_en_compte', comment: 'Vu.' },
    })
    expect(moved.statusCode, moved.body).toBe(200)
    await ownPartner.waitFor(
      (message) => message.alertId === alert.id && message.status === 'prise_en_compte',
    )
    await pause(200)
    expect(otherPartner.alerts.filter((message) => message.alertId === alert.id)).toEqual([])
  })

  it('works with a Bearer token, as a script would use it', async () => {
    const created = await server.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers: officer.headers,
      payload: { name: 'stream' },
    })
    const { token } = created.json() as { token: string }
    const stream = await open({ authorization: `Bearer ${token}`, accept: 'text/event-stream' })
    expect(stream.status).toBe(200)
    const alert = await createAlert(server.app, partnerB)
    await stream.waitFor((message) => message.alertId === alert.id)
    // The first bytes set the reconnection delay and flush the headers.
    expect(stream.text()).toMatch(/^retry: \d+\n: connected\n\n/)
  })

  it('refuses anonymous callers, bad tokens and query parameters with a problem', async () => {
    expectRefusedStream(await open(), 401)
    expectRefusedStream(await open({ authorization: 'Bearer hw_nope' }), 401)
    expectRefusedStream(await openStream(`${url}/alerts/stream?since=1`, { cookie: officer.cookie }), 400)
  })

  it('ends open streams when the app closes, with a last word to reconnect soon', async () => {
    const app = await createTestApp(server.pool)
    const address = await app.listen({ host: '127.0.0.1', port: 0 })
    const stream = await openStream(`${address}/alerts/stream`, { cookie: officer.cookie })
    streams.push(stream)
    expect(stream.status).toBe(200)
    const closed = await Promise.race([app.close().then(() => 'closed'), pause(5_000).then(() => 'hung')])
    expect(closed).toBe('closed')
    // Issue 13: a short, spread-out retry and a comment, then the end (architecture §33).
    await stream.ended
    expect(stream.text()).toMatch(new RegExp(`retry: 1\\d{3}\n: ${STOPPING_COMMENT}\n\n$`))
  })
})
