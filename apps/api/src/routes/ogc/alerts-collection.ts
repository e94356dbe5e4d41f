import { ALERTS_COLLECTION_ID, type Collection, CRS84, MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { can } from '@heritage-watch/shared'
import { requirePermission } from '../../auth/require-permission.ts'
import {
  type AlertCollectionService,
  alertQueryables,
  parseAlertResourceQuery,
} from '../../services/alerts/alert-collection.ts'
import { privateAnswer } from '../private-answer.ts'
import { baseUrl } from '../../ogc/links.ts'
import type { RequestContext } from '../../services/features.ts'

const PATH = `/collections/${ALERTS_COLLECTION_ID}`
/** The collection is read-only: alerts are written through /alerts, with CSRF and the workflow's checks. */
export const ALERTS_COLLECTION_ALLOW = 'GET, HEAD, OPTIONS'

/** requestContext() without content negotiation: the collection answers JSON only (the web app is its HTML). */
function jsonContext(request: FastifyRequest, publicUrl: string | undefined): RequestContext {
  return {
    base: baseUrl(request, publicUrl),
    path: request.url.split('?')[0] ?? '/',
    query: request.query as Record<string, unknown>,
    format: 'json',
  }
}

/** onSend of the OPTIONS routes: CORS answers them (plugins/http-caching.ts); this adds what they allow. */
async function allowHeader(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
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
  app.addHook('onSend', privateAnswer)
  const guard = { onRequest: requirePermission('alert:read') }

  app.get(PATH, guard, async (request, reply) => {
    parseAlertResourceQuery(request.query as Record<string, unknown>, false)
    const context = jsonContext(request, options.publicUrl)
    return reply.type(MEDIA_TYPES.json).send(await service.describe(request.actor, context.base))
  })

  app.get(`${PATH}/items`, guard, async (request, reply) => {
    const context = jsonContext(request, options.publicUrl)
    const body = await service.items(request.actor, context)
    return reply.header('Content-Crs', `<${CRS84}>`).type(MEDIA_TYPES.geojson).send(body)
  })

  app.get<{ Params: { featureId: string } }>(`${PATH}/items/:featureId`, guard, async (request, reply) => {
    parseAlertResourceQuery(request.query as Record<string, unknown>, true)
    const context = jsonContext(request, options.publicUrl)
    const feature = await service.feature(request.actor, request.params.featureId, context)
    return reply.header('Content-Crs', `<${CRS84}>`).type(MEDIA_TYPES.geojson).send(feature)
  })

  app.get(`${PATH}/queryables`, guard, async (request, reply) => {
    parseAlertResourceQuery(request.query as Record<string, unknown>, false)
    const context = jsonContext(request, options.publicUrl)
    return reply.type(MEDIA_TYPES.jsonSchema).send(alertQueryables(`${context.base}${context.path}`))
  })

  for (const path of [PATH, `${PATH}/items`, `${PATH}/items/:featureId`, `${PATH}/queryables`]) {
    app.options(path, { onSend: allowHeader }, async (_request, reply) => reply.code(204).send())
  }
}
