import { existsSync } from 'node:fs'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

/**
 * Serves the built web app under /app/ (the root belongs to the OGC API landing page). Skipped when
 * the app was not built, as in the API's integration tests.
 */
export async function webApp(app: FastifyInstance, options: { distDir: string }) {
  if (!existsSync(options.distDir)) {
    app.log.warn(`web app not built (${options.distDir} is missing): /app/ is not served`)
    return
  }
  await app.register(fastifyStatic, { root: options.distDir, prefix: '/app/', decorateReply: false })
  app.get('/app', (_request, reply) => reply.redirect('/app/'))
}
