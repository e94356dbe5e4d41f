import { randomUUID } from 'node:crypto'
import type { AccountRole, Organisation, User } from '@heritage-watch/shared'
import { LoginResponseSchema } from '@heritage-watch/shared'
import type pg from 'pg'
import { afterAll, expect } from 'vitest'
import { hashPassword } from '../../src/auth/passwords.ts'
import { SESSION_COOKIE } from '../../src/auth/session-cookie.ts'
import { inAccountsTransaction } from '../../src/db/accounts-repo.ts'
import { insertOrganisation } from '../../src/services/accounts/organisations.ts'
import { insertUser } from '../../src/services/accounts/users.ts'
import type { TestApp } from '../helpers/test-app.ts'

/** The password of every fixture account. */
export const TEST_PASSWORD = 'a long test password 42'

// The database is shared by every file of a project: each file's accounts carry a tag of their own, in
// the email domain and the organisation names, so that tests never collide and cleanup finds them all.
// Accounts that reported, were given or wrote the history of an alert stay: the history is append-only
// (its trigger refuses deletes), and the test databases are thrown away after the run anyway.
const DELETE_TAGGED_USERS = `DELETE FROM app_user AS u WHERE u.email LIKE '%@' || $1
  AND NOT EXISTS (SELECT 1 FROM alert AS a WHERE u.id IN (a.reporter_id, a.assignee_id))
  AND NOT EXISTS (SELECT 1 FROM alert_event AS e WHERE e.author_id = u.id)
  AND NOT EXISTS (SELECT 1 FROM assessment AS c WHERE c.author_id = u.id)
  AND NOT EXISTS (SELECT 1 FROM assessment_event AS e WHERE e.author_id = u.id)
  AND NOT EXISTS (SELECT 1 FROM site_at_risk_followup AS f WHERE f.updated_by = u.id)`
const DELETE_TAGGED_ORGANISATIONS = `DELETE FROM organisation AS o WHERE o.name LIKE $1 || '%'
  AND NOT EXISTS (SELECT 1 FROM app_user AS u WHERE u.organisation_id = o.id)
  AND NOT EXISTS (SELECT 1 FROM alert AS a WHERE a.organisation_id = o.id)
  AND NOT EXISTS (SELECT 1 FROM assessment AS c WHERE c.organisation_id = o.id)`

/** A logged-in account: send `headers` with a request to act as it. */
export interface Session {
  user: User
  email: string
  cookie: string
  csrfToken: string
  /** The cookie and the CSRF header, as a cookie-authenticated write needs them. */
  headers: { cookie: string; 'x-csrf-token': string }
}

/**
 * Accounts for one test file, deleted (with their sessions and tokens) after its tests.
 * Call it after useTestApp(), so that its cleanup runs before the pool closes.
 */
export function useAccounts(server: { app: TestApp; pool: pg.Pool }) {
  const tag = randomUUID().slice(0, 8)
  const domain = `${tag}.test.invalid`
  const unique = () => randomUUID().slice(0, 8)
  let passwordHash: Promise<string> | undefined
  afterAll(async () => {
    await server.pool.query(DELETE_TAGGED_USERS, [domain])
    await server.pool.query(DELETE_TAGGED_ORGANISATIONS, [`test ${tag}`])
  })

  const fixtures = {
    /** A unique email whose account the cleanup will delete. */
    email: (label = 'user') => `${label}-${unique()}@${domain}`,
    /** A unique organisation name that the cleanup will delete. */
    organisationName: (label = 'org') => `test ${tag} ${label} ${unique()}`,

    async organisation(label?: string): Promise<Organisation> {
      const name = fixtures.organisationName(label)
      return inAccountsTransaction(server.pool, (repo) => insertOrganisation(repo, name))
    },

    /** An account with TEST_PASSWORD; a partner gets a new organisation unless one is given. */
    async account(role: AccountRole, options: { organisationId?: string } = {}) {
      const email = fixtures.email(role)
      const organisationId =
        options.organisationId ?? (role === 'partner' ? (await fixtures.organisation()).id : null)
      passwordHash ??= hashPassword(TEST_PASSWORD)
      const fields = {
        email,
        displayName: `Test ${role}`,
        role,
        organisationId,
        passwordHash: await passwordHash,
      }
      const user = await inAccountsTransaction(server.pool, (repo) => insertUser(repo, fields))
      return { user, email }
    },

    /** Logs in through POST /auth/login and keeps what the browser would. */
    async login(email: string, password = TEST_PASSWORD): Promise<Session> {
      const response = await server.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { email, password },
      })
      expect(response.statusCode, response.body).toBe(200)
      const body = LoginResponseSchema.parse(response.json())
      const value = response.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value
      expect(value).toBeTruthy()
      const cookie = `${SESSION_COOKIE}=${value}`
      return {
        user: body.user,
        email,
        cookie,
        csrfToken: body.csrfToken,
        headers: { cookie, 'x-csrf-token': body.csrfToken },
      }
    },

    /** A new account of this role, logged in. */
    async session(role: AccountRole, options: { organisationId?: string } = {}): Promise<Session> {
      const { email } = await fixtures.account(role, options)
      return fixtures.login(email)
    },
  }
  return fixtures
}

/** The problem+json of a refused request, checked for its status and media type. */
export function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; body: string; json: () => unknown },
  status: number,
) {
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  return response.json() as {
    status: number
    detail: string
    'invalid-params'?: { name: string; reason: string }[]
  }
}

/** The names of a 400 problem's invalid params. */
export const invalidNames = (problem: { 'invalid-params'?: { name: string }[] }) =>
  (problem['invalid-params'] ?? []).map((param) => param.name)
