import type pg from 'pg'
import { hashPassword } from '../../src/auth/passwords.ts'
import { inAccountsTransaction } from '../../src/db/accounts-repo.ts'
import { insertOrganisation } from '../../src/services/accounts/organisations.ts'
import { insertUser } from '../../src/services/accounts/users.ts'

// The scale bench's accounts, made in its throwaway database and logged in over HTTP as the web app
// does: an officer who reads the desk (every alert), a partner who reports (POST /alerts as a partner).

const PASSWORD = 'bench password, thrown away with the database'

/** The cookie and CSRF token of a logged-in session, as request headers. */
export type SessionHeaders = Record<string, string>

/** Makes a synthetic account of `role` (a partner gets its own synthetic organisation). */
export async function benchAccount(
  pool: pg.Pool,
  role: 'officer' | 'partner',
): Promise<{ userId: string; email: string }> {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  const email = `bench-scale-${role}-${stamp}@bench.invalid`
  const passwordHash = await hashPassword(PASSWORD)
  const user = await inAccountsTransaction(pool, async (repo) => {
    const organisation =
      role === 'partner' ? await insertOrganisation(repo, `[bench] synthetic partner ${stamp}`) : undefined
    return insertUser(repo, {
      email,
      displayName: `Bench ${role} (synthetic)`,
      role,
      organisationId: organisation?.id ?? null,
      passwordHash,
    })
  })
  return { userId: user.id, email }
}

/**
 * Logs a bench account in. Done again after each growth: a session idle past its timeout (30 min,
 * architecture §36) is refused, and growing to a million alerts on a busy machine takes longer.
 */
export async function benchLogin(apiBase: string, email: string): Promise<SessionHeaders> {
  const response = await fetch(`${apiBase}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  if (!response.ok) throw new Error(`bench login as ${email} answered ${response.status}`)
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return { cookie, 'x-csrf-token': csrfToken }
}
