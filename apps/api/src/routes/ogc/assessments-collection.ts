import {
  ASSESSMENTS_COLLECTION_ID,
  AssessmentFeatureParamsSchema,
  AssessmentFeatureQuerySchema,
  AssessmentItemsQuerySchema,
  AssessmentResourceQuerySchema,
  can,
  type Collection,
  CollectionSchema,
  CRS84,
  FeatureCollectionSchema,
  FeatureSchema,
  ITEMS_LIMIT_DEFAULT,
  MEDIA_TYPES,
  QueryablesSchema,
} from '@heritage-watch/shared'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { requirePermission } from '../../auth/require-permission.ts'
import { answer, problems, READ_SECURITY } from '../../openapi/route-schemas.ts'
import {
  type AssessmentCollectionService,
  assessmentQueryables,
} from '../../services/assessments/assessment-collection.ts'
import { privateAnswer } from '../private-answer.ts'
import { allowHeader, jsonContext } from './alerts-collection.ts'

const PATH = `/collections/${ASSESSMENTS_COLLECTION_ID}`
const TAGS = ['Constats d’état (OGC API - Features)']
const PROBLEMS = problems(400, 401, 404)

/** The collection as `/collections` lists it: only for callers who may read constats. */
export function assessmentsCollectionFor(service: AssessmentCollectionService) {
  return async (request: FastifyRequest, base: string): Promise<Collection[]> =>
    can(request.actor, 'assessment:read') ? [await service.describe(request.actor, base)] : []
}

/**
 * `/collections/constats` and its items and queryables (issue #10 §2), read-only and private like
 * `alertes`: constats are written through /assessments. Anonymous callers get a 401 on every path.
 */
export async function assessmentCollectionRoutes(
  app: FastifyInstance,
  options: { publicUrl?: string; service: AssessmentCollectionService },
) {
  const { service } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()
  app.addHook('onSend', privateAnswer)
  const guard = requirePermission('assessment:read')
  const documented = { tags: TAGS, security: READ_SECURITY }

  routes.get(
    PATH,
    {
      onRequest: guard,
      schema: {
        ...documented,
        summary: 'Métadonnées : constats visibles par le compte (étendue et nombre calculés pour lui)',
        operationId: `describe-${ASSESSMENTS_COLLECTION_ID}`,
        querystring: AssessmentResourceQuerySchema,
        response: { 200: answer('Métadonnées de la collection', CollectionSchema), ...PROBLEMS },
      },
    },
    async (request, reply) => {
      const context = jsonContext(request, options.publicUrl)
      return reply.type(MEDIA_TYPES.json).send(await service.describe(request.actor, context.base))
    },
  )

  routes.get(
    `${PATH}/items`,
    {
      onRequest: guard,
      schema: {
        ...documented,
        summary: 'Constats visibles par le compte, en GeoJSON (CRS84), la visite la plus récente d’abord',
        operationId: `get-${ASSESSMENTS_COLLECTION_ID}-items`,
        querystring: AssessmentItemsQuerySchema,
        response: {
          200: answer('Constats (GeoJSON)', FeatureCollectionSchema, MEDIA_TYPES.geojson),
          ...PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const { bbox, limit, offset, datetime, condition, trend, occupancy, priority, status, collection } =
        request.query
      const filter = {
        condition,
        trend,
        occupancy,
        priority,
        status,
        collection,
        visited: datetime,
        bbox: bbox
          ? ([bbox.minX, bbox.minY, bbox.maxX, bbox.maxY] as [number, number, number, number])
          : undefined,
      }
      const page = { filter, limit: limit ?? ITEMS_LIMIT_DEFAULT, offset: offset ?? 0 }
      const body = await service.items(request.actor, jsonContext(request, options.publicUrl), page)
      return reply.header('Content-Crs', `<${CRS84}>`).type(MEDIA_TYPES.geojson).send(body)
    },
  )

  routes.get(
    `${PATH}/items/:featureId`,
    {
      onRequest: guard,
      schema: {
        ...documented,
        summary: 'Un constat en GeoJSON',
        operationId: `get-${ASSESSMENTS_COLLECTION_ID}-feature`,
        params: AssessmentFeatureParamsSchema,
        querystring: AssessmentFeatureQuerySchema,
        response: { 200: answer('Un constat', FeatureSchema, MEDIA_TYPES.geojson), ...PROBLEMS },
      },
    },
    async (request, reply) => {
      const context = jsonContext(request, options.publicUrl)
      const feature = await service.feature(request.actor, request.params.featureId, context)
      return reply.header('Content-Crs', `<${CRS84}>`).type(MEDIA_TYPES.geojson).send(feature)
    },
  )

  routes.get(
    `${PATH}/queryables`,
    {
      onRequest: guard,
      schema: {
        ...documented,
        summary: 'Propriétés filtrables : état, tendance, occupation, priorité, statut, collection',
        operationId: `get-${ASSESSMENTS_COLLECTION_ID}-queryables`,
        querystring: AssessmentResourceQuerySchema,
        response: {
          200: answer('JSON Schema des propriétés filtrables', QueryablesSchema, MEDIA_TYPES.jsonSchema),
          ...PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const context = jsonContext(request, options.publicUrl)
      return reply.type(MEDIA_TYPES.jsonSchema).send(assessmentQueryables(`${context.base}${context.path}`))
    },
  )

  for (const path of [PATH, `${PATH}/items`, `${PATH}/items/:featureId`, `${PATH}/queryables`]) {
    app.options(path, { onSend: allowHeader, schema: { hide: true } }, async (_request, reply) =>
      reply.code(204).send(),
    )
  }
}
