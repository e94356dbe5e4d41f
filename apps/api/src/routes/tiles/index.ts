import { MEDIA_TYPES, MVT_MEDIA_TYPE } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type pg from 'pg'
import { createFeaturesRepo } from '../../db/features-repo.ts'
import { createTilesRepo } from '../../db/tiles-repo.ts'
import { type InvalidParam, ValidationError } from '../../errors.ts'
import { baseUrl } from '../../ogc/links.ts'
import { createTilesService } from '../../services/tiles.ts'

type TileParams = { collectionId: string; z: string; x: string; y: string }

/** Tiles change only with the data: caches may keep them but must revalidate (ETag, 304) every time. */
const CACHE_CONTROL = 'no-cache'

/** Tile URLs take no query parameter; a typo fails loudly, as on the OGC routes. */
function refuseQuery(query: unknown): void {
  const problems: InvalidParam[] = Object.keys(query as Record<string, unknown>).map((name) => ({
    name,
    reason: 'unknown parameter; tile resources take none',
  }))
  if (problems.length) throw new ValidationError(problems)
}

/** `/tiles/{collectionId}` (TileJSON) and `/tiles/{collectionId}/{z}/{x}/{y}` (Mapbox Vector Tile). */
export async function tileRoutes(app: FastifyInstance, options: { pool: pg.Pool; publicUrl?: string }) {
  const service = createTilesService(createTilesRepo(options.pool), createFeaturesRepo(options.pool))

  app.get<{ Params: { collectionId: string } }>('/tiles/:collectionId', async (request, reply) => {
    refuseQuery(request.query)
    const body = await service.tileJson(request.params.collectionId, baseUrl(request, options.publicUrl))
    return reply.header('Cache-Control', CACHE_CONTROL).type(MEDIA_TYPES.json).send(body)
  })

  app.get<{ Params: TileParams }>(
    '/tiles/:collectionId/:z/:x/:y',
    // MVT is not "compressible" in mime-db, so @fastify/compress would skip it; tiles gzip well.
    { compress: { customTypes: /^application\/vnd\.mapbox-vector-tile$/ } },
    async (request, reply) => {
      refuseQuery(request.query)
      const { collectionId, ...coordinates } = request.params
      const tile = await service.tile(collectionId, coordinates)
      reply.header('Cache-Control', CACHE_CONTROL)
      // MapLibre treats 204 as an empty tile, without an error.
      if (tile.length === 0) return reply.code(204).send()
      return reply.type(MVT_MEDIA_TYPE).send(tile)
    },
  )
}
