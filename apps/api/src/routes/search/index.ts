import {
  MEDIA_TYPES,
  ReverseGeocodeQuerySchema,
  ReverseGeocodeResponseSchema,
  SearchQuerySchema,
  SearchResponseSchema,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { answer, problems } from '../../openapi/route-schemas.ts'
import type { SearchService } from '../../services/search/index.ts'

/**
 * `GET /search?q=…&limit=…&offset=…`: sites by identifier, name or commune, and addresses from the
 * national address service when it answers (issues #3 and #11). `GET /geocode/reverse?lon=…&lat=…`: the
 * address nearest a position (a dropped pin). JSON only.
 */
export async function searchRoutes(app: FastifyInstance, options: { service: SearchService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  routes.get(
    '/search',
    {
      schema: {
        tags: ['Carte'],
        summary:
          'Recherche par nom, commune, identifiant UNESCO (37B), numéro de terril (74A, T074A, n° 74) ou adresse',
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
  routes.get(
    '/geocode/reverse',
    {
      schema: {
        tags: ['Carte'],
        summary: 'Adresse la plus proche d’une position (service national d’adresses)',
        operationId: 'geocode-reverse',
        querystring: ReverseGeocodeQuerySchema,
        response: {
          200: answer('L’adresse la plus proche', ReverseGeocodeResponseSchema),
          ...problems(400, 404, 503),
        },
      },
    },
    async (request, reply) => {
      const body = await options.service.reverse(request.query)
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )
}
