import {
  FeatureContextParamsSchema,
  FeatureContextSchema,
  MEDIA_TYPES,
  NEARBY_RADIUS_M,
  ResourceQuerySchema,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { answer, problems } from '../../openapi/route-schemas.ts'
import type { FeatureContextService } from '../../services/feature-context.ts'

/**
 * `GET /collections/{collectionId}/items/{featureId}/context`: what protects a feature and what is near
 * it (issue #3). JSON only; like a single feature, it refuses unknown query parameters.
 */
export async function featureContextRoutes(
  app: FastifyInstance,
  options: { service: FeatureContextService },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/collections/:collectionId/items/:featureId/context',
    {
      schema: {
        tags: ['Carte'],
        summary: `Protections d’une entité et entités liées (dans un rayon de ${NEARBY_RADIUS_M} m)`,
        operationId: 'feature-context',
        params: FeatureContextParamsSchema,
        querystring: ResourceQuerySchema,
        response: {
          200: answer('Protections et entités liées', FeatureContextSchema),
          ...problems(400, 404),
        },
      },
    },
    async (request, reply) => {
      const { collectionId, featureId } = request.params
      const body = await options.service.featureContext(collectionId, featureId)
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )
}
