import Fastify, { type FastifyServerOptions } from 'fastify'
import type pg from 'pg'
import type { Config } from './config.ts'
import { createFeaturesRepo } from './db/features-repo.ts'
import { httpCaching } from './plugins/http-caching.ts'
import { problemHandler } from './plugins/problem-handler.ts'
import { webApp } from './plugins/web-app.ts'
import { ogcRoutes } from './routes/ogc/index.ts'
import { createFeaturesService } from './services/features.ts'

export interface AppOptions {
  pool: pg.Pool
  config: Pick<Config, 'PUBLIC_URL' | 'WEB_DIST_DIR' | 'LOG_LEVEL'>
  logger?: FastifyServerOptions['logger']
}

/** Builds the whole API as a Fastify instance without listening, so that tests can inject requests. */
export async function buildApp({ pool, config, logger }: AppOptions) {
  const app = Fastify({ logger: logger ?? { level: config.LOG_LEVEL } })
  await app.register(problemHandler)
  await app.register(httpCaching)
  const service = createFeaturesService(createFeaturesRepo(pool))
  await app.register(ogcRoutes, { publicUrl: config.PUBLIC_URL, service })
  await app.register(webApp, { distDir: config.WEB_DIST_DIR })
  app.get('/healthz', async () => {
    await pool.query('SELECT 1')
    return { status: 'ok' }
  })
  return app
}
