import {
  AccountEventPageSchema,
  AuditQuerySchema,
  LoginEventPageSchema,
  MEDIA_TYPES,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { requirePermission } from '../../auth/require-permission.ts'
import { answer, problems, READ_SECURITY } from '../../openapi/route-schemas.ts'
import type { AccountLogService } from '../../services/accounts/account-log.ts'
import { ADMIN_ROUTE } from './admin-route.ts'

/** `GET /admin/log/logins` and `/admin/log/actions`: the logs, newest first, paged with `before`. */
export async function accountLogRoutes(app: FastifyInstance, options: { service: AccountLogService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  // Who may manage accounts may read what was done to them, and who logged in.
  app.addHook('onRequest', requirePermission('admin:manage-users'))
  const paged = { ...ADMIN_ROUTE, querystring: AuditQuerySchema, security: READ_SECURITY }

  const logins = {
    ...paged,
    summary: 'Le journal des connexions (réussies, échouées, bloquées), le plus récent d’abord',
    operationId: 'list-login-events',
    response: { 200: answer('Une page du journal', LoginEventPageSchema), ...problems(400, 401, 403) },
  }
  routes.get('/log/logins', { schema: logins }, async (request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await options.service.logins(request.query))
  })

  const actions = {
    ...paged,
    summary:
      'Le journal des actions d’administration (qui, quoi, à qui, avant/après), le plus récent d’abord',
    operationId: 'list-account-events',
    response: { 200: answer('Une page du journal', AccountEventPageSchema), ...problems(400, 401, 403) },
  }
  routes.get('/log/actions', { schema: actions }, async (request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await options.service.actions(request.query))
  })
}
