import type { FastifyInstance } from 'fastify'
import type { AlertCollectionService } from '../../services/alerts/alert-collection.ts'
import type { FeaturesService } from '../../services/features.ts'
import { alertCollectionRoutes, alertsCollectionFor } from './alerts-collection.ts'
import { collectionRoutes } from './collections.ts'
import { itemRoutes } from './items.ts'
import { landingRoutes } from './landing.ts'

/** The OGC API - Features routes: the catalogue's collections and, for accounts, the alerts. */
export async function ogcRoutes(
  app: FastifyInstance,
  options: { publicUrl?: string; service: FeaturesService; alerts?: AlertCollectionService },
) {
  const { alerts, ...catalogue } = options
  await app.register(landingRoutes, { publicUrl: options.publicUrl })
  await app.register(collectionRoutes, {
    ...catalogue,
    ...(alerts ? { callerCollections: alertsCollectionFor(alerts) } : {}),
  })
  await app.register(itemRoutes, catalogue)
  if (alerts) await app.register(alertCollectionRoutes, { publicUrl: options.publicUrl, service: alerts })
}
