import { BasemapsSchema, MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { answer } from '../../openapi/route-schemas.ts'
import { type BasemapsConfig, listBasemaps } from '../../services/basemaps.ts'

/** `GET /config/basemaps`: the raster basemaps the web app offers, from the server's configuration. */
export async function basemapRoutes(app: FastifyInstance, options: { config: BasemapsConfig }) {
  // Built once: the configuration does not change while the server runs.
  const body = listBasemaps(options.config)
  app.withTypeProvider<ZodTypeProvider>().get(
    '/config/basemaps',
    {
      schema: {
        tags: ['Carte'],
        summary:
          'Fonds de carte proposés (Plan IGN, photographies aériennes, OpenStreetMap, orthophotographies historiques)',
        operationId: 'basemaps',
        response: { 200: answer('Les fonds de carte, dans l’ordre du menu', BasemapsSchema) },
      },
    },
    async (_request, reply) => reply.type(MEDIA_TYPES.json).send(body),
  )
}
