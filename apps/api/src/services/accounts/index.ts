import type pg from 'pg'
import { createApiTokensService } from './api-tokens.ts'
import { createOrganisationsService } from './organisations.ts'
import { createSessionsService } from './sessions.ts'
import { createUsersService } from './users.ts'

export type { Authentication } from './authentication.ts'
export { ACCOUNT_MESSAGES } from './messages.ts'

/** Every accounts service on one pool: sessions, API tokens, and the admin's users and organisations. */
export function createAccountsServices(pool: pg.Pool, options: { sessionTtlHours: number }) {
  return {
    sessions: createSessionsService(pool, { ttlHours: options.sessionTtlHours }),
    apiTokens: createApiTokensService(pool),
    organisations: createOrganisationsService(pool),
    users: createUsersService(pool),
  }
}

export type AccountsServices = ReturnType<typeof createAccountsServices>
