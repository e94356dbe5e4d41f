import type { AccountsDependencies } from '../../db/accounts-repo.ts'
import { createApiTokensService } from './api-tokens.ts'
import { createOrganisationsService } from './organisations.ts'
import { createSessionsService } from './sessions.ts'
import { createUsersService } from './users.ts'

export type { Authentication } from './authentication.ts'
export { ACCOUNT_MESSAGES } from './messages.ts'

/**
 * Every accounts service, built once on the same repo and transaction runner: sessions, API tokens, and
 * the admin's users and organisations.
 */
export function createAccountsServices(
  dependencies: AccountsDependencies,
  options: { sessionTtlHours: number },
) {
  return {
    sessions: createSessionsService(dependencies, { ttlHours: options.sessionTtlHours }),
    apiTokens: createApiTokensService(dependencies),
    organisations: createOrganisationsService(dependencies),
    users: createUsersService(dependencies),
  }
}

export type AccountsServices = ReturnType<typeof createAccountsServices>
