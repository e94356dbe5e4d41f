import { randomUUID } from 'node:crypto'
import { ApiTokenCreatedSchema, UserSchema } from '@heritage-watch/shared'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../src/app.ts'
import { createPool } from '../../src/db/pool.ts'
import { TEST_PASSWORD, useAccounts } from '../auth/accounts-fixtures.ts'
import { testDatabaseUrl } from '../helpers/test-app.ts'

/** Every line the app logged, at the most talkative level. */
const lines: string[] = []
const server = {} as { app: Awaited<ReturnType<typeof buildApp>>; pool: pg.Pool }
beforeAll(async () => {
  server.pool = createPool(testDatabaseUrl())
  server.app = await buildApp({
    pool: server.pool,
    config: { PUBLIC_URL: undefined, WEB_DIST_DIR: '/nonexistent-web-dist', LOG_LEVEL: 'trace' },
    logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } },
  })
})
afterAll(async () => {
  await server.app.close()
  await server.pool.end()
})
const accounts = useAccounts(server)

describe('the log', () => {
  it('carries no password, session, CSRF or API token, through logins, account changes and token use', async () => {
    const secrets: string[] = [TEST_PASSWORD]
    const admin = await accounts.session('admin')
    secrets.push(admin.cookie.split('=')[1]!, admin.csrfToken)

    // Synthetic passwords of the test.
    const firstPassword = `first password ${randomUUID()}`
    const secondPassword = `second password ${randomUUID()}`
    const wrongPassword = `wrong password ${randomUUID()}`
    secrets.push(firstPassword, secondPassword, wrongPassword)
    const email = accounts.email('logged')
    const created = await server.app.inject({
      method: 'POST',
      url: '/admin/users',
      headers: admin.headers,
      payload: {
        email,
        displayName: 'Compte du test des journaux',
        role: 'officer',
        password: firstPassword,
      },
    })
    expect(created.statusCode, created.body).toBe(201)
    const user = UserSchema.parse(created.json())
    const reset = await server.app.inject({
      method: 'PATCH',
      url: `/admin/users/${user.id}`,
      headers: admin.headers,
      payload: { password: secondPassword },
    })
    expect(reset.statusCode, reset.body).toBe(200)
    const refused = await server.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { email, password: wrongPassword },
    })
    expect(refused.statusCode).toBe(401)
    const officer = await accounts.login(email, secondPassword)
    secrets.push(officer.cookie.split('=')[1]!, officer.csrfToken)

    const tokenAnswer = await server.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers: officer.headers,
      payload: { name: 'log test' },
    })
    expect(tokenAnswer.statusCode, tokenAnswer.body).toBe(201)
    const { token } = ApiTokenCreatedSchema.parse(tokenAnswer.json())
    secrets.push(token)
    const bearer = await server.app.inject({ url: '/auth/me', headers: { authorization: `Bearer ${token}` } })
    expect(bearer.statusCode).toBe(200)
    const feed = await server.app.inject({ url: `/alerts/feed.atom?token=${token}` })
    expect(feed.statusCode, feed.body).toBe(200)
    // A wrong token in the URL, refused: its URL is logged too.
    const badToken = `hw_${randomUUID().replaceAll('-', '')}abcdefghijk`
    secrets.push(badToken)
    expect((await server.app.inject({ url: `/alerts/feed.atom?token=${badToken}` })).statusCode).toBe(401)
    // The feed logs only warnings (routes/alerts/feed.ts); these URLs are logged, and must be cleaned.
    expect((await server.app.inject({ url: `/no-such-route/${token}` })).statusCode).toBe(404)
    expect((await server.app.inject({ url: `/no-such-route?limit=1&token=${token}` })).statusCode).toBe(404)

    const log = lines.join('')
    expect(lines.length).toBeGreaterThan(15)
    // The requests were logged, with their URL made safe: the test would pass on an empty log otherwise.
    expect(log).toContain('/no-such-route?limit=1&token=[redacted]')
    expect(log).toContain('/no-such-route/[redacted]')
    for (const secret of secrets)
      expect(log, `a secret is in the log: ${secret.slice(0, 6)}…`).not.toContain(secret)
    expect(log).not.toContain('$argon2')
  })

  it('puts the request id on every line of a request, the incoming X-Request-Id when sane', async () => {
    const requestId = `log-test-${randomUUID()}`
    const answer = await server.app.inject({
      url: '/collections/terrils/items?limit=nope',
      headers: { 'x-request-id': requestId },
    })
    expect(answer.statusCode).toBe(400)
    const ofRequest = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.reqId === requestId)
    // At least "incoming request" and "request completed".
    expect(ofRequest.length).toBeGreaterThanOrEqual(2)
    const requestLines = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.req !== undefined || entry.res !== undefined)
    expect(requestLines.length).toBeGreaterThan(0)
    for (const entry of requestLines) expect(typeof entry.reqId).toBe('string')
  })
})
