import { MeResponseSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { expectProblem, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)

const me = (cookie?: string) => server.app.inject({ url: '/auth/me', headers: cookie ? { cookie } : {} })
const SESSIONS_OF = 'SELECT count(*)::int AS count FROM user_session WHERE user_id = $1'

describe('GET /auth/me', () => {
  it('answers the account, how it was authenticated and its CSRF token', async () => {
    const session = await accounts.session('partner')
    const response = await me(session.cookie)
    expect(response.statusCode, response.body).toBe(200)
    const body = MeResponseSchema.parse(response.json())
    expect(body).toEqual({ user: session.user, authenticatedBy: 'session', csrfToken: session.csrfToken })
    expect(body.user.organisation).not.toBeNull()
  })

  it('is a 401 without a session', async () => {
    expect(expectProblem(await me(), 401).detail).toMatch(/log in/)
    expect(expectProblem(await me('hw_session=forged'), 401).detail).toMatch(/session unknown/)
  })

  it('is a 401 "session expired" once the session expired, which is then deleted', async () => {
    const session = await accounts.session('officer')
    await server.pool.query(
      "UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [session.user.id],
    )
    expect(expectProblem(await me(session.cookie), 401).detail).toBe('session expired; log in again')
    expect((await server.pool.query(SESSIONS_OF, [session.user.id])).rows[0].count).toBe(0)
  })

  it('is a 401 for a session of a disabled account', async () => {
    const session = await accounts.session('officer')
    await server.pool.query('UPDATE app_user SET disabled = true WHERE id = $1', [session.user.id])
    expect(expectProblem(await me(session.cookie), 401).detail).toMatch(/disabled/)
  })

  it('records when the session was last seen, at most once a minute', async () => {
    const session = await accounts.session('officer')
    const lastSeen =
      "SELECT last_seen_at > now() - interval '1 minute' AS recent FROM user_session WHERE user_id = $1"
    await server.pool.query(
      "UPDATE user_session SET last_seen_at = now() - interval '2 minutes' WHERE user_id = $1",
      [session.user.id],
    )
    expect((await server.pool.query(lastSeen, [session.user.id])).rows).toEqual([{ recent: false }])
    expect((await me(session.cookie)).statusCode).toBe(200)
    expect((await server.pool.query(lastSeen, [session.user.id])).rows).toEqual([{ recent: true }])
  })

  it('does not break public routes for a browser still sending an ended session', async () => {
    const response = await server.app.inject({ url: '/healthz', headers: { cookie: 'hw_session=stale' } })
    expect(response.statusCode).toBe(200)
  })
})

describe('POST /auth/logout', () => {
  it('needs the CSRF header, and without it ends nothing', async () => {
    const session = await accounts.session('officer')
    const response = await server.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: { cookie: session.cookie },
    })
    expect(expectProblem(response, 403).detail).toMatch(/X-CSRF-Token/)
    expect((await me(session.cookie)).statusCode).toBe(200)
  })

  it('really ends the session: the row is gone, the cookie cleared, the old cookie refused', async () => {
    const session = await accounts.session('officer')
    const response = await server.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: session.headers,
    })
    expect(response.statusCode, response.body).toBe(204)
    expect(String(response.headers['set-cookie'])).toMatch(/^hw_session=;.*Expires=Thu, 01 Jan 1970/)
    expect((await server.pool.query(SESSIONS_OF, [session.user.id])).rows[0].count).toBe(0)
    expect(expectProblem(await me(session.cookie), 401).detail).toMatch(/session unknown or ended/)
  })

  it('is a 401 without a session', async () => {
    expectProblem(await server.app.inject({ method: 'POST', url: '/auth/logout' }), 401)
  })
})
