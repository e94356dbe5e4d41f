import type { FastifyRequest } from 'fastify'
import { baseUrl } from '../../ogc/links.ts'
import { outputFormat } from '../../ogc/negotiation.ts'
import type { RequestContext } from '../../services/features.ts'

/** What a service needs to know of a request: the base URL, the path, the query and the format asked. */
export function requestContext(request: FastifyRequest, publicUrl: string | undefined): RequestContext {
  return {
    base: baseUrl(request, publicUrl),
    path: request.url.split('?')[0] ?? '/',
    query: request.query as Record<string, unknown>,
    format: outputFormat(request),
  }
}
