import { LoginResponseSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { tokenDigest } from '../../../src/auth/tokens.ts'
import { expectProblem, invalidNames, TEST_PASSWORD, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)

const login = (payload: unknown) =>
  server.app.inject({ method: 'POST', url: '/auth/login', payload: payload as object })
const SESSION_HASHES = 'SELECT token_hash, csrf_token FROM user_session WHERE user_id = $1'

describe('POST /auth/login', () => {
  it('opens a session: the user, a CSRF token and an HttpOnly SameSite=Lax cookie, not Secure over http', async () => {
    const { user, email } = await accounts.account('officer')
    const response = await login({ email, password: TEST_PASSWORD })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['cache-control']).toBe('no-store')
    const body = LoginResponseSchema.parse(response.json())
    expect(body.user).toEqual(user)
    expect(body.user).not.toHaveProperty('passwordHash')
    const setCookie = String(response.headers['set-cookie'])
    expect(setCookie).toMatch(/^hw_session=[\w-]{43};/)
    expect(setCookie).toMatch(/; HttpOnly/)
    expect(setCookie).toMatch(/; SameSite=Lax/)
    expect(setCookie).toMatch(/; Path=\//)
    expect(setCookie).toMatch(/; Max-Age=43200/)
    expect(setCookie).not.toMatch(/Secure/)
  })

  it('stores only the SHA-256 of the session token', async () => {
    const { user, email } = await accounts.account('officer')
    const session = await accounts.login(email)
    const token = session.cookie.split('=')[1] ?? ''
    const { rows } = await server.pool.query(SESSION_HASHES, [user.id])
    expect(rows).toEqual([{ token_hash: tokenDigest(token), csrf_token: session.csrfToken }])
  })

  it('compares emails without case', async () => {
    const { email } = await accounts.account('partner')
    expect((await login({ email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD })).statusCode).toBe(
      200,
    )
  })

  it('says the same for an unknown email and a wrong password, and sets no cookie', async () => {
    const { email } = await accounts.account('officer')
    const wrongPassword = await login({ email, password: 'not the password' })
    const unknownEmail = await login({ email: accounts.email('nobody'), password: TEST_PASSWORD })
    const [first, second] = [expectProblem(wrongPassword, 401), expectProblem(unknownEmail, 401)]
    expect(first.detail).toBe('email or password is wrong')
    expect(second.detail).toBe(first.detail)
    // The code the web app translates says no more than the detail.
    const codes = [wrongPassword, unknownEmail].map((response) => (response.json() as { code?: string }).code)
    expect(codes).toEqual(['credentials_wrong', 'credentials_wrong'])
    expect(wrongPassword.headers['set-cookie']).toBeUndefined()
    expect(unknownEmail.headers['set-cookie']).toBeUndefined()
  })

  it('refuses a disabled account, and opens no session for it', async () => {
    const { user, email } = await accounts.account('officer')
    await server.pool.query('UPDATE app_user SET disabled = true WHERE id = $1', [user.id])
    const problem = expectProblem(await login({ email, password: TEST_PASSWORD }), 401)
    expect(problem.detail).toMatch(/disabled/)
    expect((problem as { code?: string }).code).toBe('account_disabled')
    expect((await server.pool.query(SESSION_HASHES, [user.id])).rows).toEqual([])
  })

  it('names each bad field', async () => {
    const problem = expectProblem(await login({ email: 'not an email', password: '', remember: true }), 400)
    expect(invalidNames(problem).sort()).toEqual(['email', 'password', 'remember'])
    expect(invalidNames(expectProblem(await login(undefined), 400)).sort()).toEqual(['email', 'password'])
  })

  it('ends the session the request came with', async () => {
    const { user, email } = await accounts.account('officer')
    const first = await accounts.login(email)
    const again = await server.app.inject({
      method: 'POST',
      url: '/auth/login',
      headers: { cookie: first.cookie },
      payload: { email, password: TEST_PASSWORD },
    })
    expect(again.statusCode).toBe(200)
    expect((await server.pool.query(SESSION_HASHES, [user.id])).rows).toHaveLength(1)
    expect((await server.app.inject({ url: '/auth/me', headers: { cookie: first.cookie } })).statusCode).toBe(
      401,
    )
  })

  it('marks the cookie Secure when the public URL is https', async () => {
    const { email } = await accounts.account('officer')
    const app = await buildApp({
      pool: server.pool,
      config: {
        PUBLIC_URL: 'https://heritage-watch.example.org',
        WEB_DIST_DIR: '/nonexistent',
        LOG_LEVEL: 'silent',
      },
      logger: false,
    })
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email, password: TEST_PASSWORD },
      })
      expect(response.statusCode).toBe(200)
      expect(String(response.headers['set-cookie'])).toMatch(/; Secure/)
    } finally {
      await app.close()
    }
  })
})
