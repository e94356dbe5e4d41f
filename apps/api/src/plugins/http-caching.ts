import compress from '@fastify/compress'
import cors from '@fastify/cors'
import etag from '@fastify/etag'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/**
 * ETag/304 on every answer, gzip/br compression and CORS open for reads. The ETag hook must run before
 * compression so that it hashes the same bytes whatever the encoding asked for.
 */
export const httpCaching = fp(async (app: FastifyInstance) => {
  await app.register(etag)
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] })
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'OPTIONS'],
    // A plain OPTIONS (no Origin) asks what a resource allows (RFC 9110 §9.3.7): answer it 204 like a
    // preflight instead of a 400 text/plain; routes that say more add an Allow header (alerts-collection.ts).
    strictPreflight: false,
    exposedHeaders: ['Content-Crs', 'ETag', 'Link', 'Content-Disposition', 'OGC-NumberMatched'],
  })
})
