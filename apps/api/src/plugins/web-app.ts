import { existsSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/** Vite names every file of assets/ after a hash of its content: a new build makes new names. */
const HASHED_ASSETS = `${path.sep}assets${path.sep}`
const IMMUTABLE = 'public, max-age=31536000, immutable'
/** index.html names the current build's files: a browser must ask again each time (ETag, 304). */
const REVALIDATE = 'no-cache'

/**
 * Serves the built web app under /app/ (the root belongs to the OGC API landing page). Skipped when
 * the app was not built, as in the API's integration tests. The build writes `.br` and `.gz` copies of
 * its text files (apps/web/vite.config.ts), sent as they are instead of compressing 1 MB of MapLibre on
 * every request (issue 12); hashed assets may be cached for a year.
 */
export async function webApp(app: FastifyInstance, options: { distDir: string }) {
  if (!existsSync(options.distDir)) {
    app.log.warn(`web app not built (${options.distDir} is missing): /app/ is not served`)
    return
  }
  await app.register(fastifyStatic, {
    root: options.distDir,
    prefix: '/app/',
    decorateReply: false,
    preCompressed: true,
    // Set below, per file: send's own header would say `max-age=0` for all.
    cacheControl: false,
    setHeaders(reply, filePath) {
      const hashed = filePath.slice(path.resolve(options.distDir).length).startsWith(HASHED_ASSETS)
      reply.header('cache-control', hashed ? IMMUTABLE : REVALIDATE)
      // The same URL answers br, gzip or plain bytes depending on Accept-Encoding.
      reply.header('vary', 'Accept-Encoding')
    },
  })
  app.get('/app', (_request, reply) => reply.redirect('/app/'))
}
