import {
  MEDIA_TYPES,
  OrganisationCreateRequestSchema,
  OrganisationListSchema,
  OrganisationSchema,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { requirePermission } from '../../auth/require-permission.ts'
import { answer, jsonBody, problems, READ_SECURITY, WRITE_SECURITY } from '../../openapi/route-schemas.ts'
import type { OrganisationsService } from '../../services/accounts/organisations.ts'
import { ADMIN_ROUTE } from './admin-route.ts'

/** `GET/POST /admin/organisations`. */
export async function organisationRoutes(app: FastifyInstance, options: { service: OrganisationsService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  app.addHook('onRequest', requirePermission('admin:manage-organisations'))

  const list = {
    ...ADMIN_ROUTE,
    summary: 'Les organisations partenaires',
    operationId: 'list-organisations',
    security: READ_SECURITY,
    response: { 200: answer('Les organisations', OrganisationListSchema), ...problems(401, 403) },
  }
  routes.get('/organisations', { schema: list }, async (_request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await options.service.list())
  })

  const create = {
    ...ADMIN_ROUTE,
    summary: 'Crée une organisation',
    operationId: 'create-organisation',
    security: WRITE_SECURITY,
    body: jsonBody(OrganisationCreateRequestSchema),
    response: { 201: answer('Créée', OrganisationSchema), ...problems(400, 401, 403, 409) },
  }
  routes.post('/organisations', { schema: create }, async (request, reply) => {
    const body = await options.service.create(request.body)
    return reply.code(201).type(MEDIA_TYPES.json).send(body)
  })
}
