import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import { parseResourceQuery } from '../../ogc/items-query.ts'
import type { FeatureContextService } from '../../services/feature-context.ts'

/**
 * `GET /collections/{collectionId}/items/{featureId}/context`: what protects a feature and what is near
 * it (issue #3). JSON only; like a single feature, it refuses unknown query parameters.
 */
export async function featureContextRoutes(
  app: FastifyInstance,
  options: { service: FeatureContextService },
) {
  app.get<{ Params: { collectionId: string; featureId: string } }>(
    '/collections/:collectionId/items/:featureId/context',
    async (request, reply) => {
      parseResourceQuery(request.query as Record<string, unknown>, false)
      const { collectionId, featureId } = request.params
      const body = await options.service.featureContext(collectionId, featureId)
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )
}
