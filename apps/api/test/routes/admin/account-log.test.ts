import { LoginEventPageSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  expectProblem,
  invalidNames,
  type Session,
  TEST_PASSWORD,
  useAccounts,
} from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

// The login log (success, failure, lockout; address and user agent; never a password) and its paging.

const server = useTestApp()
const accounts = useAccounts(server)
let admin: Session
beforeAll(async () => {
  admin = await accounts.session('admin')
})

const WRONG = 'the wrong password 4711'
const login = (email: string, password: string) =>
  server.app.inject({
    method: 'POST',
    url: '/auth/login',
    payload: { email, password },
    remoteAddress: '203.0.113.7',
    headers: { 'user-agent': 'Mozilla/5.0 (test of the login log)' },
  })
const logins = (query = '', session = admin) =>
  server.app.inject({ url: `/admin/log/logins${query}`, headers: session.headers })

describe('GET /admin/log/logins', () => {
  it('lists successes, failures and lockouts with address and user agent, never a password', async () => {
    const { email, user } = await accounts.account('officer')
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200)
    for (let attempt = 0; attempt < 10; attempt++) await login(email, WRONG)
    expectProblem(await login(email, WRONG), 429)
    const response = await logins('?limit=100')
    expect(response.statusCode, response.body).toBe(200)
    const mine = LoginEventPageSchema.parse(response.json()).events.filter((event) => event.email === email)
    expect(mine.map((event) => event.outcome)).toEqual(['locked', ...Array(10).fill('failure'), 'success'])
    expect(mine.at(-1)).toMatchObject({
      userId: user.id,
      address: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (test of the login log)',
    })
    expect(response.body).not.toContain(WRONG)
    expect(response.body).not.toContain(TEST_PASSWORD)
    const table = await server.pool.query(
      'SELECT login_event::text AS line FROM login_event WHERE email = $1',
      [email],
    )
    expect(table.rows.some((row: { line: string }) => row.line.includes(WRONG))).toBe(false)
  })

  it('pages newest first with before and nextBefore, without gaps or repeats', async () => {
    const first = LoginEventPageSchema.parse((await logins('?limit=2')).json())
    expect(first.events).toHaveLength(2)
    expect(first.nextBefore).toBe(first.events[1]?.id)
    const second = LoginEventPageSchema.parse((await logins(`?limit=2&before=${first.nextBefore}`)).json())
    const ids = [...first.events, ...second.events].map((event) => event.id)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('is for admins only, and names a bad query parameter', async () => {
    expectProblem(await logins('', await accounts.session('officer')), 403)
    expectProblem(await server.app.inject({ url: '/admin/log/actions' }), 401)
    expect(invalidNames(expectProblem(await logins('?limit=1000'), 400))).toEqual(['limit'])
    expect(invalidNames(expectProblem(await logins('?before=abc'), 400))).toEqual(['before'])
  })
})
