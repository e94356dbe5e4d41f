import {
  ApiTokenCreatedSchema,
  ApiTokenCreateRequestSchema,
  ApiTokenListSchema,
  idParamsSchema,
  MEDIA_TYPES,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { authenticatedUser, requirePermission } from '../../auth/require-permission.ts'
import {
  answer,
  jsonBody,
  noContent,
  problems,
  READ_SECURITY,
  WRITE_SECURITY,
} from '../../openapi/route-schemas.ts'
import type { ApiTokensService } from '../../services/accounts/api-tokens.ts'
import { ACCOUNT_ROUTE } from './account-route.ts'

/**
 * `/auth/tokens`: the caller's personal API tokens, for scripts and GIS tools (`Authorization: Bearer`).
 * The secret is in the creation answer only.
 */
export async function apiTokenRoutes(app: FastifyInstance, options: { service: ApiTokensService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  app.addHook('onRequest', requirePermission('token:manage-own'))

  const list = {
    ...ACCOUNT_ROUTE,
    summary: 'Mes jetons d’API (sans leur secret)',
    operationId: 'list-tokens',
    security: READ_SECURITY,
    response: { 200: answer('Les jetons', ApiTokenListSchema), ...problems(401) },
  }
  routes.get('/', { schema: list }, async (request, reply) => {
    const body = await options.service.list(authenticatedUser(request).id)
    return reply.type(MEDIA_TYPES.json).send(body)
  })

  const create = {
    ...ACCOUNT_ROUTE,
    summary: 'Crée un jeton d’API : le secret n’est rendu qu’une fois',
    operationId: 'create-token',
    security: WRITE_SECURITY,
    body: jsonBody(ApiTokenCreateRequestSchema),
    response: { 201: answer('Le jeton, avec son secret', ApiTokenCreatedSchema), ...problems(400, 401, 403) },
  }
  routes.post('/', { schema: create }, async (request, reply) => {
    const body = await options.service.create(authenticatedUser(request).id, request.body)
    return reply.code(201).type(MEDIA_TYPES.json).send(body)
  })

  const revoke = {
    ...ACCOUNT_ROUTE,
    summary: 'Révoque un de mes jetons',
    operationId: 'revoke-token',
    security: WRITE_SECURITY,
    params: idParamsSchema('Identifiant du jeton'),
    response: { 204: noContent('Révoqué'), ...problems(400, 401, 403, 404) },
  }
  routes.delete('/:id', { schema: revoke }, async (request, reply) => {
    await options.service.revoke(authenticatedUser(request).id, request.params.id)
    return reply.code(204).send()
  })
}
