import { randomInt } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { expectProblem, TEST_PASSWORD, useAccounts } from '../../auth/accounts-fixtures.ts'
import { createTestPool, type TestApp } from '../../helpers/test-app.ts'

// The login limits with their default thresholds (10 failures per email, 30 per address, in 15 minutes),
// on apps of their own: the shared test app raises the per-address one (helpers/test-app.ts). Each test
// logs in from an address of its own (TEST-NET-2), as other files all come from 127.0.0.1.

const server = {} as { app: TestApp; pool: ReturnType<typeof createTestPool> }
const build = (pool = server.pool) =>
  buildApp({
    pool,
    config: { PUBLIC_URL: undefined, WEB_DIST_DIR: '/nonexistent-web-dist', LOG_LEVEL: 'silent' },
    logger: false,
    liveEvents: inject('databaseKind') === 'server' ? 'notify' : 'in-process',
  })
beforeAll(async () => {
  server.pool = createTestPool()
  server.app = await build()
})
afterAll(async () => {
  await server.pool.query("DELETE FROM login_event WHERE address LIKE '198.51.100.%'")
  await server.app.close()
  await server.pool.end()
})
const accounts = useAccounts(server)

const newAddress = () => `198.51.100.${randomInt(1, 255)}`
const usedAddresses = new Set<string>()
/** A TEST-NET-2 address no other test of this file used. */
function freshAddress(): string {
  let address = newAddress()
  while (usedAddresses.has(address)) address = newAddress()
  usedAddresses.add(address)
  return address
}

const login = (email: string, password: string, remoteAddress: string, app = server.app) =>
  app.inject({ method: 'POST', url: '/auth/login', payload: { email, password }, remoteAddress })

async function expectLocked(response: Awaited<ReturnType<typeof login>>) {
  const problem = expectProblem(response, 429) as { code?: string; detail: string }
  expect(problem.code).toBe('too_many_attempts')
  const retryAfter = Number(response.headers['retry-after'])
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(15 * 60)
  expect(problem.detail).toBe(`too many failed login attempts; retry in ${retryAfter} s`)
  return retryAfter
}

describe('login limit per account', () => {
  it('answers 429 with Retry-After after 10 failures for one email, even to the right password', async () => {
    const { email } = await accounts.account('officer')
    const address = freshAddress()
    for (let attempt = 1; attempt <= 10; attempt++) {
      expectProblem(await login(email, `wrong password ${attempt}`, address), 401)
    }
    await expectLocked(await login(email.toUpperCase(), TEST_PASSWORD, address))
    // From elsewhere too: the limit is the account's, whatever the address.
    await expectLocked(await login(email, TEST_PASSWORD, freshAddress()))
    // Another account from the same address is not locked out.
    const other = await accounts.account('officer')
    expect((await login(other.email, TEST_PASSWORD, address)).statusCode).toBe(200)
  })

  it('gives an unknown email exactly the answers of a known one (no account enumeration)', async () => {
    const known = (await accounts.account('partner')).email
    const unknown = accounts.email('nobody')
    const address = freshAddress()
    const answers = { known: [] as string[], unknown: [] as string[] }
    for (let attempt = 1; attempt <= 11; attempt++) {
      for (const [which, email] of [
        ['known', known],
        ['unknown', unknown],
      ] as const) {
        const response = await login(email, `wrong password ${attempt}`, address)
        const { status, code, detail } = response.json() as { status: number; code: string; detail: string }
        answers[which].push(`${status} ${code} ${detail.replace(/\d+ s$/, 'N s')}`)
      }
    }
    expect(answers.unknown).toEqual(answers.known)
    expect(answers.known.at(-1)).toMatch(/^429 too_many_attempts/)
  })

  it('holds across a restart (a new app on the same database) and lifts when the window has passed', async () => {
    const { email } = await accounts.account('officer')
    const address = freshAddress()
    for (let attempt = 1; attempt <= 10; attempt++) await login(email, 'wrong password', address)
    await server.app.close()
    const pool = createTestPool()
    const restarted = await build(pool)
    try {
      await expectLocked(await login(email, TEST_PASSWORD, address, restarted))
      // 16 minutes later, as far as the database knows: the failures have left the window.
      await pool.query("UPDATE login_event SET at = at - interval '16 minutes' WHERE email = $1", [email])
      expect((await login(email, TEST_PASSWORD, address, restarted)).statusCode).toBe(200)
    } finally {
      await restarted.close()
      await pool.end()
      server.app = await build()
    }
  })

  it('starts afresh after a success: 9 failures, a login, 9 failures still pass', async () => {
    const { email } = await accounts.account('officer')
    const address = freshAddress()
    for (let attempt = 1; attempt <= 9; attempt++) expectProblem(await login(email, 'wrong', address), 401)
    expect((await login(email, TEST_PASSWORD, address)).statusCode).toBe(200)
    for (let attempt = 1; attempt <= 9; attempt++) expectProblem(await login(email, 'wrong', address), 401)
    expect((await login(email, TEST_PASSWORD, address)).statusCode).toBe(200)
  })
})

describe('login limit per address', () => {
  it('answers 429 to an address spraying 40 emails from the 31st on, to every email, across a restart', async () => {
    const address = freshAddress()
    // The attack: 40 different emails, one password, one address. The first 30 fail, the rest wait.
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 40; attempt++) {
      const response = await login(accounts.email(`spray${attempt}`), 'Password2024!', address)
      if (response.statusCode === 429) await expectLocked(response)
      statuses.push(response.statusCode)
    }
    expect(statuses).toEqual([...Array(30).fill(401), ...Array(10).fill(429)])
    // Even a real account with its right password waits.
    const { email } = await accounts.account('officer')
    await expectLocked(await login(email, TEST_PASSWORD, address))
    // The same account from another address is not blocked: the limit is the address's.
    expect((await login(email, TEST_PASSWORD, freshAddress())).statusCode).toBe(200)
    const pool = createTestPool()
    const restarted = await build(pool)
    try {
      await expectLocked(await login(accounts.email('spray41'), 'Password2024!', address, restarted))
    } finally {
      await restarted.close()
      await pool.end()
    }
  })

  it('does not count locked attempts: the lock lifts when Retry-After said', async () => {
    const address = freshAddress()
    for (let attempt = 1; attempt <= 30; attempt++) await login(accounts.email('s'), 'x', address)
    for (let attempt = 1; attempt <= 5; attempt++)
      await expectLocked(await login(accounts.email('s'), 'x', address))
    const locked = await server.pool.query(
      "SELECT count(*)::int AS n FROM login_event WHERE address = $1 AND outcome = 'locked'",
      [address],
    )
    expect(locked.rows[0]).toEqual({ n: 5 })
    await server.pool.query("UPDATE login_event SET at = at - interval '15 minutes' WHERE address = $1", [
      address,
    ])
    expectProblem(await login(accounts.email('s'), 'x', address), 401)
  })
})
