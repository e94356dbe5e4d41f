import type { AccountsDependencies } from '../../db/accounts-repo.ts'
import { createAccountLogService } from './account-log.ts'
import { createApiTokensService } from './api-tokens.ts'
import { createOrganisationsService } from './organisations.ts'
import { createPasswordResetsService, type PasswordResetSettings } from './password-resets.ts'
import { createSessionsService, type SessionSettings } from './sessions.ts'
import { createUsersService } from './users.ts'

export type { Authentication } from './authentication.ts'
export { ACCOUNT_MESSAGES } from './messages.ts'

/**
 * Every accounts service, built once on the same repo and transaction runner: sessions, API tokens, the
 * admin's users and organisations, the logs and password-reset links.
 */
export function createAccountsServices(
  dependencies: AccountsDependencies,
  options: { sessions: SessionSettings; passwordResets: PasswordResetSettings },
) {
  return {
    sessions: createSessionsService(dependencies, options.sessions),
    apiTokens: createApiTokensService(dependencies),
    organisations: createOrganisationsService(dependencies),
    users: createUsersService(dependencies),
    log: createAccountLogService(dependencies),
    passwordResets: createPasswordResetsService(dependencies, options.passwordResets),
  }
}

export type AccountsServices = ReturnType<typeof createAccountsServices>
