import {
  COLLECTIONS,
  type Collection,
  type CollectionDefinition,
  CollectionSchema,
  CollectionsSchema,
  MEDIA_TYPES,
  QueryablesSchema,
  ResourceQuerySchema,
} from '@heritage-watch/shared'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { anchor, definitionTable, htmlPage, recordTable } from '../../ogc/html.ts'
import { queryablesSchema } from '../../ogc/queryables.ts'
import { jsonOrHtml, problems } from '../../openapi/route-schemas.ts'
import type { FeaturesService } from '../../services/features.ts'
import { markPrivate } from '../private-answer.ts'
import { requestContext } from './request-context.ts'

function collectionRows(collection: Collection): [string, unknown][] {
  return [
    ['Identifiant', collection.id],
    ['Description', collection.description],
    ['Nombre d’entités', collection.numberOfFeatures],
    ['Emprise (CRS84)', collection.extent?.spatial.bbox[0]?.join(', ') ?? null],
    ['Période', collection.extent?.temporal?.interval[0]?.join(' / ') ?? null],
    ['CRS proposés', collection.crs],
    ['Source', collection.attribution],
  ]
}

/** `/collections/{id}` and its queryables, for one collection of the catalogue. */
function oneCollectionRoutes(
  app: FastifyInstance,
  collection: CollectionDefinition,
  options: { publicUrl?: string; service: FeaturesService },
) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  const path = `/collections/${collection.id}`
  const tags = [collection.title.fr]

  routes.get(
    path,
    {
      // The same for every caller (plugins/response-cache.ts).
      config: { responseCache: 'public' },
      schema: {
        tags,
        summary: `Métadonnées : ${collection.title.fr}`,
        operationId: `describe-${collection.id}`,
        querystring: ResourceQuerySchema,
        response: { 200: jsonOrHtml('Métadonnées de la collection', CollectionSchema), ...problems(400) },
      },
    },
    async (request, reply) => {
      const context = requestContext(request, options.publicUrl)
      const body = await options.service.collection(collection.id, context)
      if (context.format === 'html') {
        const page = htmlPage(body.title, definitionTable(collectionRows(body)), body.links)
        return reply.type(MEDIA_TYPES.html).send(page)
      }
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )

  routes.get(
    `${path}/queryables`,
    {
      schema: {
        tags,
        summary: `Propriétés filtrables : ${collection.title.fr}`,
        operationId: `get-${collection.id}-queryables`,
        querystring: ResourceQuerySchema,
        response: {
          200: {
            description: 'JSON Schema des propriétés filtrables',
            content: {
              [MEDIA_TYPES.jsonSchema]: { schema: QueryablesSchema },
              [MEDIA_TYPES.html]: { schema: z.string() },
            },
          },
          ...problems(400),
        },
      },
    },
    async (request, reply) => {
      const context = requestContext(request, options.publicUrl)
      const schema = queryablesSchema(collection, `${context.base}${context.path}`)
      if (context.format === 'html') {
        const rows = Object.entries(schema.properties).map(([name, definition]) => [
          name,
          (definition as { title: string }).title,
          JSON.stringify(definition),
        ])
        const title = `Propriétés filtrables : ${collection.title.fr}`
        return reply
          .type(MEDIA_TYPES.html)
          .send(htmlPage(title, recordTable(['Nom', 'Titre', 'Schéma'], rows)))
      }
      return reply.type(MEDIA_TYPES.jsonSchema).send(schema)
    },
  )
}

/** `/collections`, then `/collections/{id}` and its queryables for each collection of the catalogue. */
export async function collectionRoutes(
  app: FastifyInstance,
  options: {
    publicUrl?: string
    service: FeaturesService
    /** Collections listed only for some callers (the alerts), after the catalogue's. */
    callerCollections?: (request: FastifyRequest, base: string) => Promise<Collection[]>
  },
) {
  const { service } = options

  app.withTypeProvider<ZodTypeProvider>().get(
    '/collections',
    {
      // A signed-in caller also gets its private collections: only anonymous answers are cached.
      config: { responseCache: 'anonymous' },
      schema: {
        tags: ['Capacités'],
        summary: 'Collections',
        operationId: 'collections',
        querystring: ResourceQuerySchema,
        response: { 200: jsonOrHtml('Les collections', CollectionsSchema), ...problems(400) },
      },
    },
    async (request, reply) => {
      const context = requestContext(request, options.publicUrl)
      const body = await service.collections(context)
      if (options.callerCollections) {
        const own = await options.callerCollections(request, context.base)
        body.collections.push(...own)
        // The list then depends on who asks: caches must key it on the credentials, and keep none of an
        // account's list.
        if (own.length > 0) markPrivate(reply)
        else reply.header('Vary', 'Cookie, Authorization')
      }
      if (context.format === 'html') {
        const table = recordTable(
          ['Collection', 'Entités', 'Description'],
          body.collections.map((collection) => [
            anchor(`/collections/${collection.id}?f=html`, collection.title),
            collection.numberOfFeatures,
            collection.description,
          ]),
        )
        return reply.type(MEDIA_TYPES.html).send(htmlPage('Collections', table, body.links))
      }
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )

  for (const collection of COLLECTIONS) oneCollectionRoutes(app, collection, options)
}
