import { randomUUID } from 'node:crypto'
import type { AccountRole } from '@heritage-watch/shared'
import { createPool } from '../../../api/src/db/pool.ts'
import { createUserFromCommand } from '../../../api/src/services/accounts/create-user-command.ts'

export interface TestAccount {
  email: string
  password: string
  displayName: string
}

/**
 * Accounts for a browser test, made by the API's own `npm run user:create` service (never by SQL
 * written here), on the database the served API uses. Emails and names are unique per call, so that
 * suites do not collide on the shared database.
 */
export async function createTestAccounts(
  databaseUrl: string,
  wanted: { role: AccountRole; displayName: string; organisation?: string }[],
): Promise<TestAccount[]> {
  const pool = createPool(databaseUrl)
  const tag = randomUUID().slice(0, 8)
  try {
    const accounts: TestAccount[] = []
    for (const [index, account] of wanted.entries()) {
      const created = {
        email: `${account.role}-${index}-${tag}@e2e.test.invalid`,
        password: `e2e password ${tag} ${index}`,
        displayName: `${account.displayName} ${tag}`,
      }
      await createUserFromCommand(pool, {
        role: account.role,
        email: created.email,
        name: created.displayName,
        password: created.password,
        ...(account.organisation ? { organisation: `${account.organisation} ${tag}` } : {}),
      })
      accounts.push(created)
    }
    return accounts
  } finally {
    await pool.end()
  }
}
