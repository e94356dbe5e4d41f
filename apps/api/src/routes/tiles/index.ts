import {
  DatasetTilePathSchema,
  DatasetTileQuerySchema,
  MEDIA_TYPES,
  NoQuerySchema,
  TileJsonSchema,
  TilePathSchema,
  WEB_MERCATOR_QUAD,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { baseUrl } from '../../ogc/links.ts'
import { answer, problems } from '../../openapi/route-schemas.ts'
import type { TilesService } from '../../services/tiles.ts'
import { ogcTileRoutes } from './ogc-tiles.ts'
import { datasetTile } from '../../tiles/dataset-tile.ts'
import { CACHE_CONTROL, sendTile, tileResponses } from './tile-reply.ts'

const TAGS = ['Carte']

/**
 * `/tiles/{collectionId}` (TileJSON) and `/tiles/{collectionId}/{z}/{x}/{y}` (Mapbox Vector Tile), and the
 * same tiles through OGC API - Tiles (ogc-tiles.ts).
 */
export async function tileRoutes(
  app: FastifyInstance,
  options: { service: TilesService; publicUrl?: string },
) {
  const { service } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()
  await app.register(ogcTileRoutes, options)

  routes.get(
    '/tiles/:collectionId',
    {
      schema: {
        tags: TAGS,
        summary: 'TileJSON 3.0.0 des tuiles vectorielles d’une collection',
        operationId: 'tilejson',
        params: TilePathSchema.pick({ collectionId: true }),
        querystring: NoQuerySchema,
        response: { 200: answer('TileJSON', TileJsonSchema), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const body = await service.tileJson(request.params.collectionId, baseUrl(request, options.publicUrl))
      return reply.header('Cache-Control', CACHE_CONTROL).type(MEDIA_TYPES.json).send(body)
    },
  )

  routes.get(
    // Static, so it wins over /tiles/{collectionId}/{z}/{x}/{y}: no collection is named WebMercatorQuad.
    `/tiles/${WEB_MERCATOR_QUAD}/:tileMatrix/:tileRow/:tileCol`,
    {
      compress: { customTypes: /^application\/vnd\.mapbox-vector-tile$/ },
      schema: {
        tags: TAGS,
        summary:
          'Tuile vectorielle (MVT) de plusieurs collections, une couche par collection (OGC API - Tiles)',
        operationId: 'dataset-tile',
        params: DatasetTilePathSchema.omit({ tileMatrixSetId: true }),
        querystring: DatasetTileQuerySchema,
        response: tileResponses('Tuile vide (aucune entité des collections choisies)'),
      },
    },
    async (request, reply) => {
      const path = { ...request.params, tileMatrixSetId: WEB_MERCATOR_QUAD }
      const tile = await datasetTile(service.tile, path, request.query.collections)
      return sendTile(reply, tile)
    },
  )

  routes.get(
    '/tiles/:collectionId/:z/:x/:y',
    {
      // MVT is not "compressible" in mime-db, so @fastify/compress would skip it; tiles gzip well.
      compress: { customTypes: /^application\/vnd\.mapbox-vector-tile$/ },
      schema: {
        tags: TAGS,
        summary: 'Tuile vectorielle (MVT), une couche nommée comme la collection',
        operationId: 'tile',
        params: TilePathSchema,
        querystring: NoQuerySchema,
        response: tileResponses('Tuile vide'),
      },
    },
    async (request, reply) => {
      const { collectionId, ...coordinates } = request.params
      const tile = await service.tile(collectionId, coordinates)
      return sendTile(reply, tile)
    },
  )
}
