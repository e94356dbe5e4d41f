import { describe, expect, it } from 'vitest'
import { expectProblem, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

// The idle timeout (SESSION_IDLE_MINUTES, 30 by default): a session unused that long ends; using it
// renews it, with at most one write a minute. Idleness is made by moving last_seen_at back in SQL.

const server = useTestApp()
const accounts = useAccounts(server)

const me = (headers: Record<string, string>) => server.app.inject({ url: '/auth/me', headers })
const lastSeen = async (userId: string) =>
  (await server.pool.query('SELECT last_seen_at FROM user_session WHERE user_id = $1', [userId])).rows as {
    last_seen_at: Date
  }[]
const idleFor = (userId: string, minutes: number) =>
  server.pool.query(
    "UPDATE user_session SET last_seen_at = now() - $2 * interval '1 minute' WHERE user_id = $1",
    [userId, minutes],
  )

describe('session idle timeout', () => {
  it('ends a session unused for 31 minutes (401 session expired), and deletes it', async () => {
    const session = await accounts.session('officer')
    await idleFor(session.user.id, 31)
    const problem = expectProblem(await me({ cookie: session.cookie }), 401) as { code?: string }
    expect(problem.code).toBe('session_expired')
    expect(await lastSeen(session.user.id)).toEqual([])
  })

  it('keeps a session used within 30 minutes, and renews it from that use', async () => {
    const session = await accounts.session('officer')
    await idleFor(session.user.id, 29)
    expect((await me({ cookie: session.cookie })).statusCode).toBe(200)
    const [renewed] = await lastSeen(session.user.id)
    expect(Date.now() - (renewed?.last_seen_at.getTime() ?? 0)).toBeLessThan(60_000)
  })

  it('writes last_seen_at at most once a minute, not on every request', async () => {
    const session = await accounts.session('officer')
    await idleFor(session.user.id, 0.5)
    const [before] = await lastSeen(session.user.id)
    for (let request = 0; request < 3; request++) {
      expect((await me({ cookie: session.cookie })).statusCode).toBe(200)
    }
    expect(await lastSeen(session.user.id)).toEqual([before])
  })

  it('does not apply to API tokens, which are not sessions', async () => {
    const session = await accounts.session('officer')
    const created = await server.app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers: session.headers,
      payload: { name: 'idle test' },
    })
    expect(created.statusCode, created.body).toBe(201)
    const { token, id } = created.json() as { token: string; id: string }
    await server.pool.query("UPDATE api_token SET last_used_at = now() - interval '3 hours' WHERE id = $1", [
      id,
    ])
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200)
  })

  it('still ends a session past its absolute lifetime however recently it was used', async () => {
    const session = await accounts.session('officer')
    await server.pool.query(
      "UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [session.user.id],
    )
    expectProblem(await me({ cookie: session.cookie }), 401)
  })

  it('sweeps idle sessions at the next login', async () => {
    const idle = await accounts.session('officer')
    await idleFor(idle.user.id, 45)
    await accounts.session('officer')
    expect(await lastSeen(idle.user.id)).toEqual([])
  })
})
