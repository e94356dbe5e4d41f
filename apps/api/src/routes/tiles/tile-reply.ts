import { MVT_MEDIA_TYPE } from '@heritage-watch/shared'
import type { FastifyReply } from 'fastify'
import { noContent, opaque, problems } from '../../openapi/route-schemas.ts'

/** Tiles change only with the data: caches may keep them but must revalidate (ETag, 304) every time. */
export const CACHE_CONTROL = 'no-cache'

/** The answers of every tile route: the MVT, an empty tile (described per route), a bad or absent tile. */
export const tileResponses = (emptyTile: string) => ({
  200: opaque('Tuile', MVT_MEDIA_TYPE),
  204: noContent(emptyTile),
  ...problems(400, 404),
})

/** Sends a tile; MapLibre treats a 204 as an empty tile, without an error. */
export function sendTile(reply: FastifyReply, tile: Uint8Array) {
  reply.header('Cache-Control', CACHE_CONTROL)
  if (tile.length === 0) return reply.code(204).send()
  return reply.type(MVT_MEDIA_TYPE).send(tile)
}
