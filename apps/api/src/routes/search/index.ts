import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { SearchService } from '../../services/search.ts'

/** `GET /search?q=…&limit=…`: features by identifier, name or commune (issue #3). JSON only. */
export async function searchRoutes(app: FastifyInstance, options: { service: SearchService }) {
  app.get('/search', async (request, reply) => {
    const body = await options.service.search(request.query as Record<string, unknown>)
    return reply.type(MEDIA_TYPES.json).send(body)
  })
}
