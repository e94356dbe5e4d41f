import {
  ALERTS_COLLECTION_ID,
  AlertFeatureParamsSchema,
  AlertFeatureQuerySchema,
  AlertItemsQuerySchema,
  AlertResourceQuerySchema,
  type Collection,
  CollectionSchema,
  CRS84,
  FeatureCollectionSchema,
  FeatureSchema,
  ITEMS_LIMIT_DEFAULT,
  MEDIA_TYPES,
  QueryablesSchema,
  can,
} from '@heritage-watch/shared'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { requirePermission } from '../../auth/require-permission.ts'
import { baseUrl } from '../../ogc/links.ts'
import { answer, problems, READ_SECURITY } from '../../openapi/route-schemas.ts'
import { type AlertCollectionService, alertQueryables } from '../../services/alerts/alert-collection.ts'
import { alertFilter } from '../../services/alerts/list-query.ts'
import type { RequestContext } from '../../services/features.ts'
import { privateAnswer } from '../private-answer.ts'
import { rawQuery } from './request-context.ts'

const PATH = `/collections/${ALERTS_COLLECTION_ID}`
/** The collection is read-only: alerts are written through /alerts, with CSRF and the workflow's checks. */
const ALERTS_COLLECTION_ALLOW = 'GET, HEAD, OPTIONS'
const TAGS = ['Alertes (OGC API - Features)']
const PROBLEMS = problems(400, 401, 404)

/** requestContext() without content negotiation: the collection answers JSON only (the web app is its HTML). */
export function jsonContext(request: FastifyRequest, publicUrl: string | undefined): RequestContext {
  return {
    base: baseUrl(request, publicUrl),
    path: request.url.split('?')[0] ?? '/',
    query: rawQuery(request),
    format: 'json',
  }
}

/** onSend of the OPTIONS routes: CORS answers them (plugins/http-caching.ts); this adds what they allow. */
export async function allowHeader(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.header('Allow', ALERTS_COLLECTION_ALLOW)
  return payload
}

/**
 * The alerts collection as `/collections` lists it: only for callers who may read alerts, so that the
 * list anonymous harvesters (GDAL, Géo2France) read stays the public catalogue.
 */
export function alertsCollectionFor(service: AlertCollectionService) {
  return async (request: FastifyRequest, base: string): Promise<Collection[]> =>
    can(request.actor, 'alert:read') ? [await service.describe(request.actor, base)] : []
}

/**
 * `/collections/alertes` and its items and queryables (issue #4): OGC API - Features for QGIS and
 * GDAL with a session cookie or `Authorization: Bearer hw_…`. Anonymous callers get a 401 on every path,
 * and every answer is private to its caller.
 */
export async function alertCollectionRoutes(
  app: FastifyInstance,
  options: { publicUrl?: string; service: AlertCollectionService },
) {
  const { service } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()
  app.addHook('onSend', privateAnswer)
  const guard = requirePermission('alert:read')
  const documented = { tags: TAGS, security: READ_SECURITY }

  routes.get(
    PATH,
    {
      onRequest: guard,
      schema: {
        ...documented,
        summary: 'Métadonnées : alertes visibles par le compte (étendue et nombre calculés pour lui)',
        operationId: `describe-${ALERTS_COLLECTION_ID}`,
        querystring: AlertResourceQuerySchema,
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
        summary: 'Alertes visibles par le compte, en GeoJSON (CRS84), la plus récemment observée d’abord',
        operationId: `get-${ALERTS_COLLECTION_ID}-items`,
        querystring: AlertItemsQuerySchema,
        response: {
          200: answer('Alertes (GeoJSON)', FeatureCollectionSchema, MEDIA_TYPES.geojson),
          ...PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const { bbox, limit, offset, geometryOrigin, ...filters } = request.query
      const filter = alertFilter(filters, null)
      if (bbox) filter.bbox = [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY]
      if (geometryOrigin) filter.geometryOrigins = geometryOrigin
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
        summary: 'Une alerte en GeoJSON',
        operationId: `get-${ALERTS_COLLECTION_ID}-feature`,
        params: AlertFeatureParamsSchema,
        querystring: AlertFeatureQuerySchema,
        response: { 200: answer('Une alerte', FeatureSchema, MEDIA_TYPES.geojson), ...PROBLEMS },
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
        summary: 'Propriétés filtrables : statut, gravité, catégorie',
        operationId: `get-${ALERTS_COLLECTION_ID}-queryables`,
        querystring: AlertResourceQuerySchema,
        response: {
          200: answer('JSON Schema des propriétés filtrables', QueryablesSchema, MEDIA_TYPES.jsonSchema),
          ...PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const context = jsonContext(request, options.publicUrl)
      return reply.type(MEDIA_TYPES.jsonSchema).send(alertQueryables(`${context.base}${context.path}`))
    },
  )

  for (const path of [PATH, `${PATH}/items`, `${PATH}/items/:featureId`, `${PATH}/queryables`]) {
    app.options(path, { onSend: allowHeader, schema: { hide: true } }, async (_request, reply) =>
      reply.code(204).send(),
    )
  }
}
