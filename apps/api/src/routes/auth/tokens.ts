import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import { authenticatedUser, requirePermission } from '../../auth/require-permission.ts'
import type { ApiTokensService } from '../../services/accounts/api-tokens.ts'

/**
 * `/auth/tokens`: the caller's personal API tokens, for scripts and GIS tools (`Authorization: Bearer`).
 * The secret is in the creation answer only.
 */
export async function apiTokenRoutes(app: FastifyInstance, options: { service: ApiTokensService }) {
  app.addHook('onRequest', requirePermission('token:manage-own'))

  app.get('/', async (request, reply) => {
    const body = await options.service.list(authenticatedUser(request).id)
    return reply.type(MEDIA_TYPES.json).send(body)
  })

  app.post('/', async (request, reply) => {
    const body = await options.service.create(authenticatedUser(request).id, request.body)
    return reply.code(201).type(MEDIA_TYPES.json).send(body)
  })

  app.delete<{ Params: { id: string } }>('/:id', async (request, reply) => {
    await options.service.revoke(authenticatedUser(request).id, request.params.id)
    return reply.code(204).send()
  })
}
