import {
  type Action,
  type Actor,
  type Collection,
  CollectionSchema,
  CRS84,
  type Feature,
  type PrivateFeatureCollection,
  PrivateFeatureCollectionSchema,
  FeatureSchema,
  MEDIA_TYPES,
  QueryablesSchema,
  can,
} from '@heritage-watch/shared'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { requirePermission } from '../../auth/require-permission.ts'
import { baseUrl } from '../../ogc/links.ts'
import { answer, problems, READ_SECURITY } from '../../openapi/route-schemas.ts'
import type { RequestContext } from '../../services/features.ts'
import type { FeatureExportService } from '../../services/exports/feature-export.ts'
import { privateAnswer } from '../private-answer.ts'
import { sendPrivateExport } from './private-export.ts'
import { rawQuery } from './request-context.ts'

// The private collections (`alertes`, issue #4; `constats`, issue #10) are served by one set of routes:
// OGC API - Features for QGIS and GDAL with a session cookie or `Authorization: Bearer hw_…`, read-only
// (they are written through their own API, with CSRF and their workflow's checks), a 401 for anonymous
// callers on every path, every answer private to its caller.

/** The collections are read-only. */
const ALLOW = 'GET, HEAD, OPTIONS'
const PROBLEMS = problems(400, 401, 404)

/** requestContext() without content negotiation: the collection answers JSON only (the web app is its HTML). */
function jsonContext(request: FastifyRequest, publicUrl: string | undefined): RequestContext {
  return {
    base: baseUrl(request, publicUrl),
    path: request.url.split('?')[0] ?? '/',
    query: rawQuery(request),
    format: 'json',
  }
}

/** onSend of the OPTIONS routes: CORS answers them (plugins/http-caching.ts); this adds what they allow. */
async function allowHeader(_request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  reply.header('Allow', ALLOW)
  return payload
}

/** What a private collection's service does for its routes, for the caller (`actor`) only. */
export interface PrivateCollectionService<Page> {
  describe(actor: Actor, base: string): Promise<Collection>
  /** `exactCount`: numberMatched even where the page would leave it out (an export names its total first). */
  items(
    actor: Actor,
    context: RequestContext,
    page: Page,
    options?: { exactCount?: boolean },
  ): Promise<PrivateFeatureCollection>
  feature(actor: Actor, featureId: string, context: RequestContext): Promise<Feature>
}

/** One private collection: its id, who may read it, its schemas and the French texts of its document. */
export interface PrivateCollectionSpec<ItemsQuery extends z.ZodType, Page> {
  id: string
  /** The collection's French title, for its exported files. */
  title: string
  permission: Action
  tag: string
  summaries: {
    describe: string
    items: string
    itemsAnswer: string
    feature: string
    featureAnswer: string
    queryables: string
  }
  schemas: {
    items: ItemsQuery
    feature: z.ZodType
    featureParams: z.ZodType<{ featureId: string }>
    resource: z.ZodType
  }
  /** The service's page from the validated items query. */
  toPage: (query: z.infer<ItemsQuery>) => Page
  queryables: (url: string) => z.infer<typeof QueryablesSchema>
}

/** The collection as `/collections` lists it: only for callers who may read it, so that anonymous harvesters see the public catalogue. */
export function privateCollectionFor<Page>(permission: Action, service: PrivateCollectionService<Page>) {
  return async (request: FastifyRequest, base: string): Promise<Collection[]> =>
    can(request.actor, permission) ? [await service.describe(request.actor, base)] : []
}

/** `/collections/{id}` and its items, one item and queryables, for one private collection. */
export async function privateCollectionRoutes<
  ItemsQuery extends z.ZodType,
  Page extends { limit: number; offset: number },
>(
  app: FastifyInstance,
  options: {
    publicUrl?: string
    spec: PrivateCollectionSpec<ItemsQuery, Page>
    service: PrivateCollectionService<Page>
    exports?: FeatureExportService
  },
) {
  const { spec, service, publicUrl } = options
  const path = `/collections/${spec.id}`
  const routes = app.withTypeProvider<ZodTypeProvider>()
  app.addHook('onSend', privateAnswer)
  const onRequest = requirePermission(spec.permission)
  const documented = { tags: [spec.tag], security: READ_SECURITY }
  const geojson = (reply: FastifyReply) => reply.header('Content-Crs', `<${CRS84}>`).type(MEDIA_TYPES.geojson)

  routes.get(
    path,
    {
      onRequest,
      schema: {
        ...documented,
        summary: spec.summaries.describe,
        operationId: `describe-${spec.id}`,
        querystring: spec.schemas.resource,
        response: { 200: answer('Métadonnées de la collection', CollectionSchema), ...PROBLEMS },
      },
    },
    async (request, reply) => {
      const context = jsonContext(request, publicUrl)
      return reply.type(MEDIA_TYPES.json).send(await service.describe(request.actor, context.base))
    },
  )

  routes.get(
    `${path}/items`,
    {
      onRequest,
      schema: {
        ...documented,
        summary: spec.summaries.items,
        operationId: `get-${spec.id}-items`,
        querystring: spec.schemas.items,
        response: {
          200: answer(spec.summaries.itemsAnswer, PrivateFeatureCollectionSchema, MEDIA_TYPES.geojson),
          ...PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const page = spec.toPage(request.query as z.infer<ItemsQuery>)
      const context = jsonContext(request, publicUrl)
      if (options.exports) {
        const items = (actor: Actor, itemsContext: RequestContext, itemsPage: Page) =>
          service.items(actor, itemsContext, itemsPage, { exactCount: true })
        const exported = {
          collectionId: spec.id,
          title: spec.title,
          page,
          context,
          items,
          exports: options.exports,
        }
        if (await sendPrivateExport(request, reply, exported)) return reply
      }
      return geojson(reply).send(await service.items(request.actor, context, page))
    },
  )

  routes.get(
    `${path}/items/:featureId`,
    {
      onRequest,
      schema: {
        ...documented,
        summary: spec.summaries.feature,
        operationId: `get-${spec.id}-feature`,
        params: spec.schemas.featureParams,
        querystring: spec.schemas.feature,
        response: {
          200: answer(spec.summaries.featureAnswer, FeatureSchema, MEDIA_TYPES.geojson),
          ...PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const { featureId } = request.params as { featureId: string }
      return geojson(reply).send(
        await service.feature(request.actor, featureId, jsonContext(request, publicUrl)),
      )
    },
  )

  routes.get(
    `${path}/queryables`,
    {
      onRequest,
      schema: {
        ...documented,
        summary: spec.summaries.queryables,
        operationId: `get-${spec.id}-queryables`,
        querystring: spec.schemas.resource,
        response: {
          200: answer('JSON Schema des propriétés filtrables', QueryablesSchema, MEDIA_TYPES.jsonSchema),
          ...PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const context = jsonContext(request, publicUrl)
      return reply.type(MEDIA_TYPES.jsonSchema).send(spec.queryables(`${context.base}${context.path}`))
    },
  )

  for (const route of [path, `${path}/items`, `${path}/items/:featureId`, `${path}/queryables`]) {
    app.options(route, { onSend: allowHeader, schema: { hide: true } }, async (_request, reply) =>
      reply.code(204).send(),
    )
  }
}
