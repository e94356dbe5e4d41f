import { PasswordResetIssuedSchema } from '@heritage-watch/shared'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { tokenDigest } from '../../../src/auth/tokens.ts'
import {
  expectProblem,
  invalidNames,
  type Session,
  TEST_PASSWORD,
  useAccounts,
} from '../../auth/accounts-fixtures.ts'
import { createTestPool, type TestApp } from '../../helpers/test-app.ts'
import { startSmtpSink } from '../subscriptions/notification-sinks.ts'

// Password-reset links: issued by an admin, mailed through a real SMTP server on the loopback and shown
// once; used on the public page's route, once, before they expire; the user's sessions end.

const NEW_PASSWORD = 'a brand new long password'
const server = {} as { app: TestApp; pool: pg.Pool; smtp: Awaited<ReturnType<typeof startSmtpSink>> }
beforeAll(async () => {
  server.smtp = await startSmtpSink()
  server.pool = createTestPool()
  server.app = await buildApp({
    pool: server.pool,
    config: {
      PUBLIC_URL: 'https://veille.example.org',
      WEB_DIST_DIR: '/nonexistent-web-dist',
      LOG_LEVEL: 'silent',
      SMTP_URL: server.smtp.url,
      MAIL_FROM: 'Veille <veille@example.org>',
    },
    logger: false,
    liveEvents: inject('databaseKind') === 'server' ? 'notify' : 'in-process',
  })
})
afterAll(async () => {
  await server.app.close()
  await server.pool.end()
  await server.smtp.close()
})
const accounts = useAccounts(server)
let admin: Session
beforeAll(async () => {
  admin = await accounts.session('admin')
})

const issue = (userId: string, session = admin) =>
  server.app.inject({
    method: 'POST',
    url: `/admin/users/${userId}/password-reset`,
    headers: session.headers,
  })
const use = (token: string, password = NEW_PASSWORD) =>
  server.app.inject({ method: 'POST', url: '/auth/password-reset', payload: { token, password } })
const login = (email: string, password: string) =>
  server.app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } })
const tokenOf = (url: string) => new URL(url).hash.replace('#reset=', '')

describe('password-reset links', () => {
  it('mails the link and shows it once; the user sets a password with it, once; sessions end', async () => {
    const user = await accounts.session('officer')
    const response = await issue(user.user.id)
    expect(response.statusCode, response.body).toBe(201)
    const issued = PasswordResetIssuedSchema.parse(response.json())
    expect(issued.mailed).toBe(true)
    expect(issued.url).toMatch(/^https:\/\/veille\.example\.org\/app\/#reset=[\w-]{43}$/)
    const hours = (Date.parse(issued.expiresAt) - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(23.9)
    expect(hours).toBeLessThanOrEqual(24)
    const [mail] = server.smtp.to(user.email)
    expect(mail?.text).toContain(issued.url)
    // Stored as a digest only.
    const token = tokenOf(issued.url)
    const stored = await server.pool.query('SELECT token_hash FROM password_reset WHERE user_id = $1', [
      user.user.id,
    ])
    expect(stored.rows).toEqual([{ token_hash: tokenDigest(token) }])

    expect((await use(token)).statusCode).toBe(204)
    expectProblem(await server.app.inject({ url: '/auth/me', headers: { cookie: user.cookie } }), 401)
    expectProblem(await login(user.email, TEST_PASSWORD), 401)
    expect((await login(user.email, NEW_PASSWORD)).statusCode).toBe(200)
    // Single use.
    expect(invalidNames(expectProblem(await use(token, 'yet another long password'), 400))).toEqual(['token'])
  })

  it('refuses an expired link, an unknown one, and a password shorter than at creation', async () => {
    const { user } = await accounts.account('partner')
    const token = tokenOf(PasswordResetIssuedSchema.parse((await issue(user.id)).json()).url)
    expect(invalidNames(expectProblem(await use(token, 'short'), 400))).toEqual(['password'])
    await server.pool.query(
      "UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1",
      [user.id],
    )
    expect(invalidNames(expectProblem(await use(token), 400))).toEqual(['token'])
    expect(invalidNames(expectProblem(await use('A'.repeat(43)), 400))).toEqual(['token'])
    expect(invalidNames(expectProblem(await use('not a token'), 400))).toEqual(['token'])
  })

  it('ends the earlier unused link when a new one is issued', async () => {
    const { user, email } = await accounts.account('officer')
    const first = tokenOf(PasswordResetIssuedSchema.parse((await issue(user.id)).json()).url)
    const second = tokenOf(PasswordResetIssuedSchema.parse((await issue(user.id)).json()).url)
    expectProblem(await use(first), 400)
    expect((await use(second)).statusCode).toBe(204)
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(200)
  })

  it('is for admins only, 404 for an unknown account, and logged as issued and used', async () => {
    const officer = await accounts.session('officer')
    expectProblem(await issue(admin.user.id, officer), 403)
    expectProblem(await issue('3f1c2a4e-8b7d-4c3e-9a1f-2b6d5e4c3a21'), 404)
    const { user } = await accounts.account('officer')
    const token = tokenOf(PasswordResetIssuedSchema.parse((await issue(user.id)).json()).url)
    await use(token)
    const { rows } = await server.pool.query(
      'SELECT action, actor_id FROM account_event WHERE target_id = $1 ORDER BY id',
      [user.id],
    )
    expect(rows).toEqual([
      { action: 'password-reset-issued', actor_id: admin.user.id },
      { action: 'password-reset-used', actor_id: user.id },
    ])
  })
})

describe('password-reset links without mail', () => {
  it('are still shown to the admin, with mailed: false', async () => {
    const pool = createTestPool()
    const app = await buildApp({
      pool,
      config: { PUBLIC_URL: undefined, WEB_DIST_DIR: '/nonexistent-web-dist', LOG_LEVEL: 'silent' },
      logger: false,
    })
    try {
      const { user } = await accounts.account('officer')
      const response = await app.inject({
        method: 'POST',
        url: `/admin/users/${user.id}/password-reset`,
        headers: { ...admin.headers, host: 'localhost:8080' },
      })
      expect(response.statusCode, response.body).toBe(201)
      const issued = PasswordResetIssuedSchema.parse(response.json())
      expect(issued).toMatchObject({ mailed: false })
      expect(issued.url).toMatch(/^http:\/\/localhost:8080\/app\/#reset=/)
    } finally {
      await app.close()
      await pool.end()
    }
  })
})
