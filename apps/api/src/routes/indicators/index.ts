import {
  IndicatorAreasSchema,
  IndicatorsQuerySchema,
  IndicatorsSchema,
  MEDIA_TYPES,
  ResourceQuerySchema,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { answer, problems, READ_SECURITY } from '../../openapi/route-schemas.ts'
import { indicatorsCsv, type IndicatorsService } from '../../services/indicators/index.ts'
import { privateAnswer } from '../private-answer.ts'

const SCHEMA = {
  tags: ['Indicateurs'],
  summary: 'Indicateurs de suivi partagés d’un territoire et d’une période (chiffres < 3 masqués au public)',
  operationId: 'indicators',
  security: [...READ_SECURITY, {}],
  querystring: IndicatorsQuerySchema,
  response: {
    200: {
      description: 'Les indicateurs (JSON), ou un chiffre par ligne (CSV, f=csv)',
      content: {
        [MEDIA_TYPES.json]: { schema: IndicatorsSchema },
        'text/csv': { schema: z.string() },
      },
    },
    ...problems(400),
  },
}

const AREAS_SCHEMA = {
  tags: ['Indicateurs'],
  summary: 'Communes et EPCI du bassin, pour choisir le territoire des indicateurs',
  operationId: 'indicator-areas',
  querystring: ResourceQuerySchema,
  response: { 200: answer('Communes et EPCI', IndicatorAreasSchema), ...problems(400) },
}

/**
 * `GET /indicators` (issue #10 §5): open to everyone; the service gives accounts exact figures and
 * visitors the guarded ones, so the answer depends on the caller and is never shared by a cache.
 */
export async function indicatorRoutes(app: FastifyInstance, options: { service: IndicatorsService }) {
  app.addHook('onSend', privateAnswer)
  const routes = app.withTypeProvider<ZodTypeProvider>()
  routes.get('/indicators/areas', { schema: AREAS_SCHEMA }, async (_request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await options.service.areas())
  })
  routes.get('/indicators', { schema: SCHEMA }, async (request, reply) => {
    const indicators = await options.service.indicators(request.actor, request.query)
    if (request.query.f !== 'csv') return reply.type(MEDIA_TYPES.json).send(indicators)
    const name = `indicateurs-${indicators.area.kind}${indicators.area.code ? `-${indicators.area.code}` : ''}.csv`
    reply.header('Content-Disposition', `attachment; filename="${name}"`)
    return reply.type(MEDIA_TYPES.csv).send(indicatorsCsv(indicators))
  })
}
