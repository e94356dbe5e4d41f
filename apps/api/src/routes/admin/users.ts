import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import { requirePermission } from '../../auth/require-permission.ts'
import type { UsersService } from '../../services/accounts/users.ts'

/** `GET/POST /admin/users` and `PATCH /admin/users/{id}`. */
export async function userRoutes(app: FastifyInstance, options: { service: UsersService }) {
  app.addHook('onRequest', requirePermission('admin:manage-users'))

  app.get('/users', async (_request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await options.service.list())
  })

  app.post('/users', async (request, reply) => {
    const body = await options.service.create(request.body)
    return reply.code(201).type(MEDIA_TYPES.json).send(body)
  })

  app.patch<{ Params: { id: string } }>('/users/:id', async (request, reply) => {
    const body = await options.service.update(request.actor, request.params.id, request.body)
    return reply.type(MEDIA_TYPES.json).send(body)
  })
}
