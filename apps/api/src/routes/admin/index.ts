import type { FastifyInstance } from 'fastify'
import { noStore } from '../../auth/route-hooks.ts'
import type { AccountsServices } from '../../services/accounts/index.ts'
import { accountLogRoutes } from './account-log.ts'
import { organisationRoutes } from './organisations.ts'
import { userRoutes } from './users.ts'

/**
 * `/admin/*`: accounts, organisations and the logs, for admins (each sub-plugin asks the policy for its
 * action). `publicUrl` is the base of password-reset links (else the host the admin called).
 */
export async function adminRoutes(
  app: FastifyInstance,
  options: { accounts: AccountsServices; publicUrl: string | undefined },
) {
  const { accounts, publicUrl } = options
  app.addHook('onSend', noStore)
  await app.register(organisationRoutes, { service: accounts.organisations })
  await app.register(userRoutes, { service: accounts.users, resets: accounts.passwordResets, publicUrl })
  await app.register(accountLogRoutes, { service: accounts.log })
}
