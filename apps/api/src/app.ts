import Fastify, { type FastifyServerOptions } from 'fastify'
import type pg from 'pg'
import type { Config } from './config.ts'
import { createFeatureContextRepo } from './db/feature-context-repo.ts'
import { createFeaturesRepo } from './db/features-repo.ts'
import { createSearchRepo } from './db/search-repo.ts'
import { httpCaching } from './plugins/http-caching.ts'
import { problemHandler } from './plugins/problem-handler.ts'
import { webApp } from './plugins/web-app.ts'
import { featureContextRoutes } from './routes/feature-context/index.ts'
import { ogcRoutes } from './routes/ogc/index.ts'
import { tileRoutes } from './routes/tiles/index.ts'
import { searchRoutes } from './routes/search/index.ts'
import { createFeatureContextService } from './services/feature-context.ts'
import { createFeaturesService } from './services/features.ts'
import { createSearchService } from './services/search.ts'

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
  await app.register(tileRoutes, { publicUrl: config.PUBLIC_URL, pool })
  await app.register(searchRoutes, { service: createSearchService(createSearchRepo(pool)) })
  await app.register(featureContextRoutes, {
    service: createFeatureContextService(createFeatureContextRepo(pool)),
  })
  await app.register(webApp, { distDir: config.WEB_DIST_DIR })
  app.get('/healthz', async () => {
    await pool.query('SELECT 1')
    return { status: 'ok' }
  })
  return app
}
