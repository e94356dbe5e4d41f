import { describe, expect, it } from 'vitest'
import { expectProblem, TEST_PASSWORD, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const accounts = useAccounts(server)

const login = (email: string, password: string) =>
  server.app.inject({ method: 'POST', url: '/auth/login', payload: { email, password } })

describe('login rate limit', () => {
  it('allows 10 attempts per email and address in 15 minutes, then answers 429', async () => {
    // A dedicated account: the limiter keys on address + email, so no other test is affected.
    const { email } = await accounts.account('officer')
    for (let attempt = 1; attempt <= 10; attempt++) {
      expectProblem(await login(email, `wrong password ${attempt}`), 401)
    }
    const limited = await login(email, 'wrong password 11')
    const problem = expectProblem(limited, 429)
    expect((problem as { code?: string }).code).toBe('too_many_attempts')
    expect(problem.detail).toMatch(/too many login attempts/)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    // Even the right password waits: the limit is on attempts, not on failures.
    expectProblem(await login(email.toUpperCase(), TEST_PASSWORD), 429)
    // Another email from the same address is not locked out.
    const other = await accounts.account('officer')
    expect((await login(other.email, TEST_PASSWORD)).statusCode).toBe(200)
  })
})
