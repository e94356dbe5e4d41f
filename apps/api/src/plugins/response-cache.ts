import { createHash } from 'node:crypto'
import { pipeline, Readable, Transform } from 'node:stream'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
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
  /** The body gzipped, made on the first request that accepts gzip: compressing 600 kB costs ~15 ms. */
  gzipped?: Buffer
}

const gzipAsync = promisify(gzip)
/** @fastify/compress leaves smaller bodies as they are; so does the cache. */
const COMPRESS_FROM_BYTES = 1024
const acceptsGzip = (request: FastifyRequest) =>
  /\bgzip\b(?!;q=0(\.0*)?\b)/.test(String(request.headers['accept-encoding'] ?? ''))

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
 * Passes a streamed body on as it is and keeps a copy of its chunks, given to `keep` at the end unless
 * it grew past the biggest entry (then the copy is dropped at once, and a big page is never held twice).
 */
function capture(stream: Readable, keep: (body: Buffer) => void, maxBytes: number): Readable {
  let chunks: Buffer[] | undefined = []
  let size = 0
  const copy = new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)
      size += buffer.length
      if (chunks && size <= maxBytes) chunks.push(buffer)
      else chunks = undefined
      done(null, buffer)
    },
    flush(done) {
      if (chunks) keep(Buffer.concat(chunks))
      done()
    },
  })
  // An error of the source ends the copy too (and nothing is kept); the reply reports it.
  return pipeline(stream, copy, () => undefined)
}

/** Whether a request's answer is the same for every caller of its kind, so that the cache may key it. */
function keyable(request: FastifyRequest): boolean {
  const mode = request.routeOptions.config.responseCache
  if (!mode || (request.method !== 'GET' && request.method !== 'HEAD')) return false
  return mode === 'public' || !hasCredentials(request)
}

/** The cache key of a request at the current data version, and the ETag of its answer. */
async function versionTag(request: FastifyRequest, dataVersion: DataVersion): Promise<Pending> {
  const version = await dataVersion.current()
  const key = `${version}\n${cacheKey(request)}`
  return { key, etag: `"${version}-${createHash('sha1').update(key).digest('base64url').slice(0, 22)}"` }
}

/**
 * With the cache off, the same ETag (version and key) is still set, so that @fastify/etag neither hashes
 * each answer (a sha1 over the text of a 92 kB page, after encoding it) nor leaves a streamed page
 * without one; nothing is kept and every request still reaches the database (If-None-Match is compared
 * by @fastify/etag after the answer is made).
 */
function versionTags(app: FastifyInstance, dataVersion: DataVersion) {
  app.addHook('onRequest', async (request: FastifyRequest & { [pending]?: Pending }) => {
    if (keyable(request)) request[pending] = await versionTag(request, dataVersion)
  })
  app.addHook('onSend', async (request: FastifyRequest & { [pending]?: Pending }, reply, payload) => {
    const tagged = request[pending]
    if (tagged && reply.statusCode === 200) reply.header('etag', tagged.etag)
    return payload
  })
}

/**
 * Answers repeated anonymous GETs of public resources from memory, keyed on the data version: the ETag
 * is the version and a hash of the key, so If-None-Match gets its 304 without the database (but for the
 * version, read at most once a second, see db/data-version.ts). Registered before @fastify/etag and
 * @fastify/compress, so that it stores the uncompressed body and sets the ETag they then keep.
 */
export const responseCache = fp(async (app: FastifyInstance, options: ResponseCacheOptions) => {
  if (!options.enabled) {
    versionTags(app, options.dataVersion)
    return
  }
  const cache = new LRUCache<string, Entry>({
    maxSize: options.maxBytes,
    maxEntrySize: options.maxEntryBytes,
    sizeCalculation: (entry) => entry.body.length + (entry.gzipped?.length ?? 0) + 512,
  })

  app.addHook('onRequest', async (request: FastifyRequest & { [pending]?: Pending }, reply: FastifyReply) => {
    if (!keyable(request)) return
    const { key, etag } = await versionTag(request, options.dataVersion)
    if (matches(request.headers['if-none-match'], etag)) return reply.code(304).header('etag', etag).send()
    const entry = cache.get(key)
    if (!entry) {
      request[pending] = { key, etag }
      return
    }
    reply.headers(entry.headers).header('etag', etag)
    if (entry.body.length < COMPRESS_FROM_BYTES || !acceptsGzip(request)) return reply.send(entry.body)
    if (!entry.gzipped) {
      entry.gzipped = await gzipAsync(entry.body)
      // Set again so that the cache counts the gzipped copy in its size.
      cache.set(key, entry)
    }
    const vary = [entry.headers.vary, 'Accept-Encoding'].filter(Boolean).join(', ')
    return reply.header('content-encoding', 'gzip').header('vary', vary).send(entry.gzipped)
  })

  app.addHook('onSend', async (request: FastifyRequest & { [pending]?: Pending }, reply, payload) => {
    const stored = request[pending]
    if (!stored || reply.statusCode !== 200) return payload
    reply.header('etag', stored.etag)
    const type = String(reply.getHeader('content-type') ?? '')
    const cacheControl = String(reply.getHeader('cache-control') ?? '')
    if (!CACHEABLE_TYPES.test(type) || cacheControl.includes('private') || reply.hasHeader('set-cookie'))
      return payload
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (!OWN_HEADERS.has(name) && value !== undefined) headers[name] = String(value)
    if (payload instanceof Readable)
      return capture(payload, (body) => cache.set(stored.key, { body, headers }), options.maxEntryBytes)
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload
    cache.set(stored.key, { body: Buffer.isBuffer(payload) ? payload : Buffer.from(payload), headers })
    return payload
  })
})
