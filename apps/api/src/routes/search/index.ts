import { MEDIA_TYPES, SearchQuerySchema, SearchResponseSchema } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { answer, problems } from '../../openapi/route-schemas.ts'
import type { SearchService } from '../../services/search.ts'

/** `GET /search?q=…&limit=…`: features by identifier, name or commune (issue #3). JSON only. */
export async function searchRoutes(app: FastifyInstance, options: { service: SearchService }) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/search',
    {
      schema: {
        tags: ['Carte'],
        summary: 'Recherche par nom, commune, identifiant UNESCO (37B) ou numéro de terril (74A, T074A)',
        operationId: 'search',
        querystring: SearchQuerySchema,
        response: { 200: answer('Résultats, identifiants d’abord', SearchResponseSchema), ...problems(400) },
      },
    },
    async (request, reply) => {
      const body = await options.service.search(request.query)
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )
}
