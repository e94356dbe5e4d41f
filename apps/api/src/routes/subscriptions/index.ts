import {
  DeliveryListSchema,
  idParamsSchema,
  MEDIA_TYPES,
  NoQuerySchema,
  SubscriptionCreatedSchema,
  SubscriptionCreateRequestSchema,
  SubscriptionListSchema,
  SubscriptionSchema,
  SubscriptionUpdateRequestSchema,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { authenticatedUser, requirePermission } from '../../auth/require-permission.ts'
import { noStore } from '../../auth/route-hooks.ts'
import {
  answer,
  jsonBody,
  noContent,
  problems,
  READ_SECURITY,
  WRITE_SECURITY,
} from '../../openapi/route-schemas.ts'
import type { SubscriptionsService } from '../../services/subscriptions/index.ts'

const ROUTE = { tags: ['Abonnements'], querystring: NoQuerySchema }
const ID = idParamsSchema('Identifiant de l’abonnement')

/**
 * `/subscriptions` (issue 11 §6): the caller's subscriptions to alerts (an area, a feature, a category, a
 * severity, or for officers the alerts awaiting triage), and the log of what was sent.
 */
export async function subscriptionRoutes(app: FastifyInstance, options: { service: SubscriptionsService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  const { service } = options
  app.addHook('onRequest', requirePermission('subscription:manage-own'))
  // Answers name the caller's webhook URLs (and once its secret): no shared cache may keep them.
  app.addHook('onSend', noStore)

  const list = {
    ...ROUTE,
    summary: 'Mes abonnements',
    operationId: 'list-subscriptions',
    security: READ_SECURITY,
    response: { 200: answer('Les abonnements', SubscriptionListSchema), ...problems(401) },
  }
  routes.get('/', { schema: list }, async (request, reply) =>
    reply.type(MEDIA_TYPES.json).send(await service.list(authenticatedUser(request).id)),
  )

  const create = {
    ...ROUTE,
    summary: 'S’abonne : zone, entité, catégorie, gravité, ou alertes à trier (agents)',
    description:
      'Le secret du webhook (HMAC-SHA256, en-tête X-HeritageWatch-Signature) n’est rendu que dans cette réponse.',
    operationId: 'create-subscription',
    security: WRITE_SECURITY,
    body: jsonBody(SubscriptionCreateRequestSchema),
    response: { 201: answer('L’abonnement', SubscriptionCreatedSchema), ...problems(400, 401, 403) },
  }
  routes.post('/', { schema: create }, async (request, reply) =>
    reply
      .code(201)
      .type(MEDIA_TYPES.json)
      .send(await service.create(request.actor, request.body)),
  )

  const read = {
    ...ROUTE,
    summary: 'Un de mes abonnements',
    operationId: 'get-subscription',
    security: READ_SECURITY,
    params: ID,
    response: { 200: answer('L’abonnement', SubscriptionSchema), ...problems(400, 401, 404) },
  }
  routes.get('/:id', { schema: read }, async (request, reply) =>
    reply.type(MEDIA_TYPES.json).send(await service.get(authenticatedUser(request).id, request.params.id)),
  )

  const update = {
    ...ROUTE,
    summary: 'Change la fréquence, le courriel ou la langue d’un abonnement',
    operationId: 'update-subscription',
    security: WRITE_SECURITY,
    params: ID,
    body: jsonBody(SubscriptionUpdateRequestSchema),
    response: { 200: answer('L’abonnement', SubscriptionSchema), ...problems(400, 401, 403, 404) },
  }
  routes.patch('/:id', { schema: update }, async (request, reply) => {
    const body = await service.update(authenticatedUser(request).id, request.params.id, request.body)
    return reply.type(MEDIA_TYPES.json).send(body)
  })

  const remove = {
    ...ROUTE,
    summary: 'Se désabonne',
    operationId: 'delete-subscription',
    security: WRITE_SECURITY,
    params: ID,
    response: { 204: noContent('Supprimé'), ...problems(400, 401, 403, 404) },
  }
  routes.delete('/:id', { schema: remove }, async (request, reply) => {
    await service.remove(authenticatedUser(request).id, request.params.id)
    return reply.code(204).send()
  })

  const deliveries = {
    ...ROUTE,
    summary: 'Ce qui a été envoyé pour un abonnement, avec chaque tentative (50 derniers envois)',
    operationId: 'list-subscription-deliveries',
    security: READ_SECURITY,
    params: ID,
    response: { 200: answer('Les envois', DeliveryListSchema), ...problems(400, 401, 404) },
  }
  routes.get('/:id/deliveries', { schema: deliveries }, async (request, reply) => {
    const body = await service.deliveries(authenticatedUser(request).id, request.params.id)
    return reply.type(MEDIA_TYPES.json).send(body)
  })
}
