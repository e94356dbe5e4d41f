import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import type { DataVersion } from '../db/data-version.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Whether the answer may come from the response cache: `public` when it is the same for every caller
     * (the public layers), `anonymous` when a signed-in caller may get more (the list of collections).
     */
    responseCache?: 'public' | 'anonymous'
  }
}

export interface ResponseCacheOptions {
  dataVersion: DataVersion
  /** Off: every request reaches the database (the bench measures that path too). */
  enabled: boolean
  /** Bodies kept, in bytes, all entries together. */
  maxBytes: number
  /** The biggest body kept; bigger ones (streamed pages) are made again each time. */
  maxEntryBytes: number
}

interface Entry {
  body: Buffer
  headers: Record<string, string>
}

/** Headers of an answer that belong to this one response, never replayed from the cache. */
const OWN_HEADERS = new Set([
  'content-length',
  'etag',
  'date',
  'connection',
  'transfer-encoding',
  'set-cookie',
])
const CACHEABLE_TYPES = /^(application\/(geo\+)?json|text\/html)\b/

const pending = Symbol('responseCache')
type Pending = { key: string; etag: string }

const hasCredentials = (request: FastifyRequest) =>
  request.headers.authorization !== undefined || request.headers.cookie !== undefined

/**
 * What makes two requests get the same bytes: the URL, the host and scheme its links are built on, and
 * the Accept header that picks GeoJSON, HTML or an export. Accept-Encoding is left to @fastify/compress.
 */
function cacheKey(request: FastifyRequest): string {
  const forwarded = ['x-forwarded-host', 'x-forwarded-proto'].map((name) => request.headers[name] ?? '')
  return [request.url, request.protocol, request.host, ...forwarded, request.headers.accept ?? ''].join('\n')
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*')
}

/**
 * Answers repeated anonymous GETs of public resources from memory, keyed on the data version: the ETag
 * is the version and a hash of the key, so If-None-Match gets its 304 without the database (but for the
 * version, read at most once a second, see db/data-version.ts). Registered before @fastify/etag and
 * @fastify/compress, so that it stores the uncompressed body and sets the ETag they then keep.
 */
export const responseCache = fp(async (app: FastifyInstance, options: ResponseCacheOptions) => {
  if (!options.enabled) return
  const cache = new LRUCache<string, Entry>({
    maxSize: options.maxBytes,
    maxEntrySize: options.maxEntryBytes,
    sizeCalculation: (entry) => entry.body.length + 512,
  })

  app.addHook('onRequest', async (request: FastifyRequest & { [pending]?: Pending }, reply: FastifyReply) => {
    const mode = request.routeOptions.config.responseCache
    if (!mode || (request.method !== 'GET' && request.method !== 'HEAD')) return
    if (mode === 'anonymous' && hasCredentials(request)) return
    const version = await options.dataVersion.current()
    const key = `${version}\n${cacheKey(request)}`
    const etag = `"${version}-${createHash('sha1').update(key).digest('base64url').slice(0, 22)}"`
    if (matches(request.headers['if-none-match'], etag)) return reply.code(304).header('etag', etag).send()
    const entry = cache.get(key)
    if (entry) return reply.headers(entry.headers).header('etag', etag).send(entry.body)
    request[pending] = { key, etag }
  })

  app.addHook('onSend', async (request: FastifyRequest & { [pending]?: Pending }, reply, payload) => {
    const stored = request[pending]
    if (!stored || reply.statusCode !== 200) return payload
    reply.header('etag', stored.etag)
    const type = String(reply.getHeader('content-type') ?? '')
    const cacheControl = String(reply.getHeader('cache-control') ?? '')
    if (!CACHEABLE_TYPES.test(type) || cacheControl.includes('private') || reply.hasHeader('set-cookie'))
      return payload
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload)
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (!OWN_HEADERS.has(name) && value !== undefined) headers[name] = String(value)
    cache.set(stored.key, { body, headers })
    return payload
  })
})
