import type { FastifyInstance } from 'fastify'
import { noStore } from '../../auth/route-hooks.ts'
import type { AccountsServices } from '../../services/accounts/index.ts'
import { organisationRoutes } from './organisations.ts'
import { userRoutes } from './users.ts'

/** `/admin/*`: accounts and organisations, for admins (each sub-plugin asks the policy for its action). */
export async function adminRoutes(app: FastifyInstance, options: { accounts: AccountsServices }) {
  app.addHook('onSend', noStore)
  await app.register(organisationRoutes, { service: options.accounts.organisations })
  await app.register(userRoutes, { service: options.accounts.users })
}
