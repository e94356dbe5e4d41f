import { type Link, MEDIA_TYPES } from '@heritage-watch/shared'
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

/**
 * The `next` and `prev` links of a page of items (OGC API - Features Part 1, /req/core/fc-links), on the
 * request's own URL with `offset` and `limit` replaced.
 */
export function pagingLinks(
  request: { base: string; path: string; query: Record<string, unknown> },
  page: { offset: number; limit: number; returned: number; matched: number | undefined },
): Link[] {
  const at = (offset: number) =>
    urlWithQuery(request.base, request.path, request.query, {
      offset: String(offset),
      limit: String(page.limit),
    })
  const links: Link[] = []
  // An unknown count (left out past a cap): a whole page may have more after it.
  const more =
    page.matched === undefined ? page.returned === page.limit : page.offset + page.returned < page.matched
  if (more) {
    links.push({
      href: at(page.offset + page.limit),
      rel: 'next',
      type: MEDIA_TYPES.geojson,
      title: 'Page suivante',
    })
  }
  if (page.offset > 0) {
    links.push({
      href: at(Math.max(0, page.offset - page.limit)),
      rel: 'prev',
      type: MEDIA_TYPES.geojson,
      title: 'Page précédente',
    })
  }
  return links
}
