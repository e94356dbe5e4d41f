import type { FastifyRequest } from 'fastify'
import { baseUrl } from '../../ogc/links.ts'
import { outputFormat } from '../../ogc/negotiation.ts'
import type { RequestContext } from '../../services/features.ts'

/**
 * The query as the client wrote it, for links that repeat it (self, alternate, next). The validated
 * `request.query` is what the schema made of it (numbers, lists), not what to write back in a URL.
 */
export function rawQuery(request: FastifyRequest): Record<string, string> {
  const search = request.url.split('?')[1] ?? ''
  return Object.fromEntries(new URLSearchParams(search))
}

/** What a service needs to know of a request: the base URL, the path, the query and the format asked. */
export function requestContext(request: FastifyRequest, publicUrl: string | undefined): RequestContext {
  return {
    base: baseUrl(request, publicUrl),
    path: request.url.split('?')[0] ?? '/',
    query: rawQuery(request),
    format: outputFormat(request),
  }
}
