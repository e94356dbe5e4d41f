import type { Link } from '@heritage-watch/shared'
import type { FastifyRequest } from 'fastify'
import { ValidationError } from '../errors.ts'

/**
 * The base URL of links: PUBLIC_URL when configured, otherwise the host the client called.
 * @throws ValidationError naming the Host header when it cannot be part of a URL
 */
export function baseUrl(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/$/, '')
  const base = `${request.protocol}://${request.host}`
  if (!URL.canParse(base)) throw new ValidationError([{ name: 'Host', reason: 'not a valid host name' }])
  return base
}

/**
 * The URL of a resource with the request's own query parameters, some replaced or removed.
 * @param changes parameter → new value; `undefined` removes it
 */
export function urlWithQuery(
  base: string,
  path: string,
  query: Record<string, unknown>,
  changes: Record<string, string | undefined>,
): string {
  const parameters = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (name in changes || typeof value !== 'string') continue
    parameters.set(name, value)
  }
  for (const [name, value] of Object.entries(changes)) if (value !== undefined) parameters.set(name, value)
  const search = parameters.toString()
  return `${base}${path}${search ? `?${search}` : ''}`
}

/** The `self` and `alternate` links of a resource offered as JSON (of the given media type) and HTML. */
export function selfAndAlternate(
  base: string,
  path: string,
  query: Record<string, unknown>,
  jsonType: string,
  current: 'json' | 'html',
  title: string,
): Link[] {
  const json: Link = {
    href: urlWithQuery(base, path, query, { f: 'json' }),
    type: jsonType,
    title: `${title} (JSON)`,
    rel: '',
  }
  const html: Link = {
    href: urlWithQuery(base, path, query, { f: 'html' }),
    type: 'text/html',
    title: `${title} (HTML)`,
    rel: '',
  }
  return current === 'json'
    ? [
        { ...json, rel: 'self' },
        { ...html, rel: 'alternate' },
      ]
    : [
        { ...html, rel: 'self' },
        { ...json, rel: 'alternate' },
      ]
}
