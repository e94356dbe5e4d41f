import { type Collection, MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { anchor, definitionTable, htmlPage, recordTable } from '../../ogc/html.ts'
import { parseResourceQuery } from '../../ogc/items-query.ts'
import { queryablesSchema } from '../../ogc/queryables.ts'
import { type FeaturesService, requireCollection } from '../../services/features.ts'
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

/** `/collections`, `/collections/{collectionId}` and its queryables. */
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

  app.get('/collections', async (request, reply) => {
    parseResourceQuery(request.query as Record<string, unknown>, false)
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
  })

  app.get<{ Params: { collectionId: string } }>('/collections/:collectionId', async (request, reply) => {
    parseResourceQuery(request.query as Record<string, unknown>, false)
    const context = requestContext(request, options.publicUrl)
    const body = await service.collection(request.params.collectionId, context)
    if (context.format === 'html') {
      return reply
        .type(MEDIA_TYPES.html)
        .send(htmlPage(body.title, definitionTable(collectionRows(body)), body.links))
    }
    return reply.type(MEDIA_TYPES.json).send(body)
  })

  app.get<{ Params: { collectionId: string } }>(
    '/collections/:collectionId/queryables',
    async (request, reply) => {
      parseResourceQuery(request.query as Record<string, unknown>, false)
      const collection = requireCollection(request.params.collectionId)
      const context = requestContext(request, options.publicUrl)
      const schema = queryablesSchema(collection, `${context.base}${context.path}`)
      if (context.format === 'html') {
        const rows = Object.entries(schema.properties).map(([name, definition]) => [
          name,
          (definition as { title: string }).title,
          JSON.stringify(definition),
        ])
        return reply
          .type(MEDIA_TYPES.html)
          .send(
            htmlPage(
              `Propriétés filtrables : ${collection.title.fr}`,
              recordTable(['Nom', 'Titre', 'Schéma'], rows),
            ),
          )
      }
      return reply.type(MEDIA_TYPES.jsonSchema).send(schema)
    },
  )
}
