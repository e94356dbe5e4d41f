import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import { requirePermission } from '../../auth/require-permission.ts'
import type { OrganisationsService } from '../../services/accounts/organisations.ts'

/** `GET/POST /admin/organisations`. */
export async function organisationRoutes(app: FastifyInstance, options: { service: OrganisationsService }) {
  app.addHook('onRequest', requirePermission('admin:manage-organisations'))

  app.get('/organisations', async (_request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await options.service.list())
  })

  app.post('/organisations', async (request, reply) => {
    const body = await options.service.create(request.body)
    return reply.code(201).type(MEDIA_TYPES.json).send(body)
  })
}
