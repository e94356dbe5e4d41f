import {
  FeatureContextParamsSchema,
  HistoryQuerySchema,
  HistorySchema,
  HISTORY_LIMIT_DEFAULT,
  MEDIA_TYPES,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { requirePermission } from '../../auth/require-permission.ts'
import { answer, problems, READ_SECURITY } from '../../openapi/route-schemas.ts'
import type { HistoryService } from '../../services/history/index.ts'
import { privateAnswer } from '../private-answer.ts'

/**
 * `GET /history/{collectionId}/{featureId}` (issue #10 §1): a feature's timeline, newest first. Accounts
 * only: every source of it is closed to anonymous visitors, who get 401 as on `/alerts` rather than an
 * empty list that would look like a site without history. The service narrows each source to the caller.
 */
export async function historyRoutes(app: FastifyInstance, options: { service: HistoryService }) {
  app.addHook('onSend', privateAnswer)
  app.withTypeProvider<ZodTypeProvider>().get(
    '/history/:collectionId/:featureId',
    {
      // Any account (the policy's "account:read-self" is exactly "an enabled account").
      onRequest: requirePermission('account:read-self'),
      schema: {
        tags: ['Suivi'],
        summary:
          'Historique d’une entité : alertes, constats d’état et suivi ERBM, du plus récent au plus ancien',
        operationId: 'feature-history',
        security: READ_SECURITY,
        params: FeatureContextParamsSchema,
        querystring: HistoryQuerySchema,
        response: {
          200: answer('La chronologie, filtrée selon les droits de l’appelant', HistorySchema),
          ...problems(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      const { collectionId, featureId } = request.params
      const limit = request.query.limit ?? HISTORY_LIMIT_DEFAULT
      const body = await options.service.timeline(request.actor, collectionId, featureId, limit)
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )
}
