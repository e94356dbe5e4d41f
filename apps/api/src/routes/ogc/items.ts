import {
  COLLECTIONS,
  type CollectionDefinition,
  FeatureCollectionSchema,
  FeatureQuerySchema,
  EXPORT_MEDIA_TYPES,
  FeatureSchema,
  featureParamsSchema,
  itemsQuerySchema,
  MEDIA_TYPES,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { anchor, definitionTable, htmlPage, recordTable } from '../../ogc/html.ts'
import { problems } from '../../openapi/route-schemas.ts'
import type { FeaturesService } from '../../services/features.ts'
import type { FeaturePagesService } from '../../services/feature-pages.ts'
import { featurePageBody } from '../../ogc/feature-page-body.ts'
import type { FeatureExportService } from '../../services/exports/feature-export.ts'
import { withSourceText } from '../../services/source-text.ts'
import { sendExport } from './items-export.ts'
import { requestContext } from './request-context.ts'

const HTML_COLUMNS = 4
/** The file exports of the items (f=csv, f=gpkg), in the OpenAPI document. */
const EXPORT_CONTENT = {
  [EXPORT_MEDIA_TYPES.csv]: { schema: z.string() },
  [EXPORT_MEDIA_TYPES.gpkg]: { schema: z.string().meta({ format: 'binary' }) },
}
const CONTENT_CRS = { 'Content-Crs': { description: 'CRS des géométries', schema: { type: 'string' } } }

/** GeoJSON, or an HTML page, with the Content-Crs header of OGC API - Features Part 2. */
const geoJsonOrHtml = (description: string, schema: z.ZodType) => ({
  description,
  headers: CONTENT_CRS,
  content: {
    [MEDIA_TYPES.geojson]: { schema },
    [MEDIA_TYPES.html]: { schema: z.string() },
    ...EXPORT_CONTENT,
  },
})

/** `/collections/{id}/items` and `/items/{featureId}` for one collection: the features themselves. */
function collectionItemRoutes(
  app: FastifyInstance,
  collection: CollectionDefinition,
  options: ItemRoutesOptions,
) {
  const { service, pages } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()
  const path = `/collections/${collection.id}/items`
  const tags = [collection.title.fr]
  const columns = collection.properties.slice(0, HTML_COLUMNS)

  routes.get(
    path,
    {
      // The same answer for everyone: public data (plugins/response-cache.ts).
      config: { responseCache: 'public' },
      schema: {
        tags,
        summary: `Entités : ${collection.title.fr}`,
        description: collection.description.fr,
        operationId: `get-${collection.id}-items`,
        querystring: itemsQuerySchema(collection),
        response: {
          200: geoJsonOrHtml('Entités (GeoJSON, RFC 7946 en CRS84)', FeatureCollectionSchema),
          ...problems(400),
        },
      },
    },
    async (request, reply) => {
      if (options.exports && (await sendExport(request, reply, collection.id, options.exports))) return reply
      const context = requestContext(request, options.publicUrl)
      reply.header('Content-Crs', `<${request.query.crs}>`)
      if (context.format !== 'html') {
        // Text made by PostgreSQL, sent as is: the response schema documents it but does not re-serialise it.
        const { body, bytes } = featurePageBody(await pages.page(collection.id, context, request.query))
        // Set for a streamed page too (feature-page-body.ts); @fastify/compress drops it when it compresses.
        return reply.type(MEDIA_TYPES.geojson).header('content-length', bytes).send(body)
      }
      const body = await service.items(collection.id, context, request.query)
      const rows = body.features.map((feature) => {
        const properties = withSourceText(feature.properties)
        return [
          anchor(`${path}/${encodeURIComponent(feature.id)}?f=html`, feature.id),
          ...columns.map((property) => properties[property.name] ?? null),
        ]
      })
      const summary = `<p>${body.numberReturned} entités sur ${body.numberMatched}.</p>`
      const table = recordTable(['Identifiant', ...columns.map((property) => property.title.fr)], rows)
      return reply.type(MEDIA_TYPES.html).send(htmlPage(collection.title.fr, summary + table, body.links))
    },
  )

  routes.get(
    `${path}/:featureId`,
    {
      config: { responseCache: 'public' },
      schema: {
        tags,
        summary: `Une entité : ${collection.title.fr}`,
        operationId: `get-${collection.id}-feature`,
        params: featureParamsSchema(collection),
        querystring: FeatureQuerySchema,
        response: { 200: geoJsonOrHtml('Une entité', FeatureSchema), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const { crs } = request.query
      const context = requestContext(request, options.publicUrl)
      const { featureId } = request.params
      if (context.format !== 'html') {
        const feature = await pages.feature(collection.id, featureId, crs, context)
        return reply.header('Content-Crs', `<${crs}>`).type(MEDIA_TYPES.geojson).send(feature)
      }
      const feature = await service.feature(collection.id, featureId, crs, context)
      reply.header('Content-Crs', `<${crs}>`)
      const properties = withSourceText(feature.properties)
      const rows: [string, unknown][] = collection.properties.map((property) => [
        `${property.title.fr}${property.unit ? ` (${property.unit})` : ''}`,
        properties[property.name] ?? null,
      ])
      rows.push(['Géométrie', feature.geometry?.type ?? null])
      const title = `${collection.title.fr} — ${feature.id}`
      return reply.type(MEDIA_TYPES.html).send(htmlPage(title, definitionTable(rows), feature.links))
    },
  )
}

interface ItemRoutesOptions {
  publicUrl?: string
  service: FeaturesService
  pages: FeaturePagesService
  exports?: FeatureExportService
}

/** The items routes of every collection of the catalogue, each with the query its properties allow. */
export async function itemRoutes(app: FastifyInstance, options: ItemRoutesOptions) {
  for (const collection of COLLECTIONS) collectionItemRoutes(app, collection, options)
}
