import {
  MEDIA_TYPES,
  OgcTilePathSchema,
  OgcTileQuerySchema,
  TileMatrixSetSchema,
  TileMatrixSetsSchema,
  TileSetSchema,
  TileSetsSchema,
  TilesDocumentQuerySchema,
  WEB_MERCATOR_QUAD,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { baseUrl } from '../../ogc/links.ts'
import { answer, problems } from '../../openapi/route-schemas.ts'
import type { TilesService } from '../../services/tiles.ts'
import { sendTile, tileResponses } from './tile-reply.ts'

const TAGS = ['Carte']

/**
 * OGC API - Tiles Part 1 beside the slippy-map URLs: the collections' tilesets, their metadata, their
 * tiles in WebMercatorQuad, and the tile matrix set itself.
 */
export async function ogcTileRoutes(
  app: FastifyInstance,
  options: { service: TilesService; publicUrl?: string },
) {
  const { service } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()
  const collectionParams = OgcTilePathSchema.pick({ collectionId: true })
  const tileSetParams = OgcTilePathSchema.pick({ collectionId: true, tileMatrixSetId: true })

  routes.get(
    '/collections/:collectionId/tiles',
    {
      schema: {
        tags: TAGS,
        summary: 'Jeux de tuiles vectorielles d’une collection (OGC API - Tiles)',
        operationId: 'collection-tilesets',
        params: collectionParams,
        querystring: TilesDocumentQuerySchema,
        response: { 200: answer('Jeux de tuiles', TileSetsSchema), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const body = service.tileSets(request.params.collectionId, baseUrl(request, options.publicUrl))
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )

  routes.get(
    '/collections/:collectionId/tiles/:tileMatrixSetId',
    {
      schema: {
        tags: TAGS,
        summary: 'Métadonnées du jeu de tuiles (limites, couche, propriétés)',
        operationId: 'collection-tileset',
        params: tileSetParams,
        querystring: TilesDocumentQuerySchema,
        response: { 200: answer('Jeu de tuiles', TileSetSchema), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const { collectionId, tileMatrixSetId } = request.params
      const body = await service.tileSet(collectionId, tileMatrixSetId, baseUrl(request, options.publicUrl))
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )

  routes.get(
    '/collections/:collectionId/tiles/:tileMatrixSetId/:tileMatrix/:tileRow/:tileCol',
    {
      // MVT is not "compressible" in mime-db, so @fastify/compress would skip it; tiles gzip well.
      compress: { customTypes: /^application\/vnd\.mapbox-vector-tile$/ },
      schema: {
        tags: TAGS,
        summary: 'Tuile vectorielle (MVT) en WebMercatorQuad, la même que /tiles/{collectionId}/{z}/{x}/{y}',
        operationId: 'collection-tile',
        params: OgcTilePathSchema,
        querystring: OgcTileQuerySchema,
        response: tileResponses('Tuile vide (dans les limites, sans entité)'),
      },
    },
    async (request, reply) => {
      const tile = await service.ogcTile(request.params, baseUrl(request, options.publicUrl))
      return sendTile(reply, tile)
    },
  )

  routes.get(
    '/tileMatrixSets',
    {
      schema: {
        tags: TAGS,
        summary: 'Jeux de matrices de tuiles proposés',
        operationId: 'tile-matrix-sets',
        querystring: TilesDocumentQuerySchema,
        response: { 200: answer('Jeux de matrices', TileMatrixSetsSchema), ...problems(400) },
      },
    },
    async (request, reply) => {
      const set = service.tileMatrixSet(WEB_MERCATOR_QUAD)
      const href = `${baseUrl(request, options.publicUrl)}/tileMatrixSets/${set.id}`
      const link = { href, rel: 'self', type: MEDIA_TYPES.json, title: set.title }
      const body = { tileMatrixSets: [{ id: set.id, title: set.title, uri: set.uri, links: [link] }] }
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )

  routes.get(
    '/tileMatrixSets/:tileMatrixSetId',
    {
      schema: {
        tags: TAGS,
        summary: 'Définition d’un jeu de matrices de tuiles (OGC 2D TMS 2.0)',
        operationId: 'tile-matrix-set',
        params: OgcTilePathSchema.pick({ tileMatrixSetId: true }),
        querystring: TilesDocumentQuerySchema,
        response: { 200: answer('Jeu de matrices', TileMatrixSetSchema), ...problems(400, 404) },
      },
    },
    async (request, reply) =>
      reply.type(MEDIA_TYPES.json).send(service.tileMatrixSet(request.params.tileMatrixSetId)),
  )
}
