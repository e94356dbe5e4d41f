import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import { anchor, definitionTable, htmlPage, recordTable } from '../../ogc/html.ts'
import { parseResourceQuery } from '../../ogc/items-query.ts'
import { type FeaturesService, requireCollection } from '../../services/features.ts'
import { requestContext } from './request-context.ts'

const HTML_COLUMNS = 4

/** `/collections/{collectionId}/items` and `/items/{featureId}`: the features themselves. */
export async function itemRoutes(
  app: FastifyInstance,
  options: { publicUrl?: string; service: FeaturesService },
) {
  const { service } = options

  app.get<{ Params: { collectionId: string } }>(
    '/collections/:collectionId/items',
    async (request, reply) => {
      const context = requestContext(request, options.publicUrl)
      const { body, crs } = await service.items(request.params.collectionId, context)
      reply.header('Content-Crs', `<${crs}>`)
      if (context.format === 'html') {
        const collection = requireCollection(request.params.collectionId)
        const columns = collection.properties.slice(0, HTML_COLUMNS).map((p) => p.name)
        const rows = body.features.map((feature) => [
          anchor(`/collections/${collection.id}/items/${encodeURIComponent(feature.id)}?f=html`, feature.id),
          ...columns.map((name) => feature.properties[name] ?? null),
        ])
        const summary = `<p>${body.numberReturned} entités sur ${body.numberMatched}.</p>`
        return reply
          .type(MEDIA_TYPES.html)
          .send(
            htmlPage(
              collection.title.fr,
              summary +
                recordTable(
                  ['Identifiant', ...collection.properties.slice(0, HTML_COLUMNS).map((p) => p.title.fr)],
                  rows,
                ),
              body.links,
            ),
          )
      }
      return reply.type(MEDIA_TYPES.geojson).send(body)
    },
  )

  app.get<{ Params: { collectionId: string; featureId: string } }>(
    '/collections/:collectionId/items/:featureId',
    async (request, reply) => {
      const { crs } = parseResourceQuery(request.query as Record<string, unknown>, true)
      const context = requestContext(request, options.publicUrl)
      const feature = await service.feature(
        request.params.collectionId,
        request.params.featureId,
        crs,
        context,
      )
      reply.header('Content-Crs', `<${crs}>`)
      if (context.format === 'html') {
        const collection = requireCollection(request.params.collectionId)
        const rows: [string, unknown][] = collection.properties.map((p) => [
          `${p.title.fr}${p.unit ? ` (${p.unit})` : ''}`,
          feature.properties[p.name] ?? null,
        ])
        rows.push(['Géométrie', feature.geometry?.type ?? null])
        return reply
          .type(MEDIA_TYPES.html)
          .send(htmlPage(`${collection.title.fr} — ${feature.id}`, definitionTable(rows), feature.links))
      }
      return reply.type(MEDIA_TYPES.geojson).send(feature)
    },
  )
}
