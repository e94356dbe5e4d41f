import { randomUUID } from 'node:crypto'
import type { AccountRole } from '@heritage-watch/shared'
import type { AdminCredentials } from './serve-product.ts'

export interface TestAccount {
  email: string
  password: string
  displayName: string
}

/** A signed-in account's calls (an administrator's or a test account's): its cookie and, on writes, its CSRF token. */
export async function adminSession(baseUrl: string, admin: AdminCredentials) {
  const login = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(admin),
  })
  if (!login.ok) throw new Error(`admin login: HTTP ${login.status} ${await login.text()}`)
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const cookie = login.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ')
  return async <T>(pathname: string, body: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${pathname}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`POST ${pathname}: HTTP ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
}

/**
 * Accounts for a browser test, made as an administrator makes them: through the served API's
 * `/admin/organisations` and `/admin/users` (never by SQL written here). Emails and names are unique per
 * call, so that suites do not collide on the shared database.
 */
export async function createTestAccounts(
  baseUrl: string,
  admin: AdminCredentials,
  wanted: { role: AccountRole; displayName: string; organisation?: string }[],
): Promise<TestAccount[]> {
  const post = await adminSession(baseUrl, admin)
  const tag = randomUUID().slice(0, 8)
  const accounts: TestAccount[] = []
  for (const [index, account] of wanted.entries()) {
    const created = {
      email: `${account.role}-${index}-${tag}@e2e.test.invalid`,
      password: `e2e password ${tag} ${index}`,
      displayName: `${account.displayName} ${tag}`,
    }
    const organisation = account.organisation
      ? await post<{ id: string }>('/admin/organisations', { name: `${account.organisation} ${tag}` })
      : undefined
    await post('/admin/users', {
      email: created.email,
      displayName: created.displayName,
      role: account.role,
      password: created.password,
      ...(organisation ? { organisationId: organisation.id } : {}),
    })
    accounts.push(created)
  }
  return accounts
}
