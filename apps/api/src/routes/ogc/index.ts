import type { FastifyInstance } from 'fastify'
import type { FeaturesService } from '../../services/features.ts'
import { collectionRoutes } from './collections.ts'
import { itemRoutes } from './items.ts'
import { landingRoutes } from './landing.ts'

/** The OGC API - Features routes. */
export async function ogcRoutes(
  app: FastifyInstance,
  options: { publicUrl?: string; service: FeaturesService },
) {
  await app.register(landingRoutes, { publicUrl: options.publicUrl })
  await app.register(collectionRoutes, options)
  await app.register(itemRoutes, options)
}
