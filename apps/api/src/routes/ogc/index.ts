import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AlertCollectionService } from '../../services/alerts/alert-collection.ts'
import type { AssessmentCollectionService } from '../../services/assessments/assessment-collection.ts'
import type { FeatureExportService } from '../../services/exports/feature-export.ts'
import type { FeaturesService } from '../../services/features.ts'
import type { FeaturePagesService } from '../../services/feature-pages.ts'
import { ALERTS_COLLECTION } from './alerts-collection.ts'
import { ASSESSMENTS_COLLECTION } from './assessments-collection.ts'
import { collectionRoutes } from './collections.ts'
import { itemRoutes } from './items.ts'
import { landingRoutes } from './landing.ts'
import { privateCollectionFor, privateCollectionRoutes } from './private-collection.ts'

/** The OGC API - Features routes: the catalogue's collections and, for accounts, the alerts and constats. */
export async function ogcRoutes(
  app: FastifyInstance,
  options: {
    publicUrl?: string
    service: FeaturesService
    pages: FeaturePagesService
    exports?: FeatureExportService
    alerts?: AlertCollectionService
    assessments?: AssessmentCollectionService
  },
) {
  const { alerts, assessments, exports, pages, ...catalogue } = options
  const { publicUrl } = options
  const private_ = [
    ...(alerts ? [privateCollectionFor(ALERTS_COLLECTION.permission, alerts)] : []),
    ...(assessments ? [privateCollectionFor(ASSESSMENTS_COLLECTION.permission, assessments)] : []),
  ]
  const callerCollections = async (request: FastifyRequest, base: string) =>
    (await Promise.all(private_.map((list) => list(request, base)))).flat()
  await app.register(landingRoutes, { publicUrl })
  await app.register(collectionRoutes, {
    ...catalogue,
    ...(private_.length ? { callerCollections } : {}),
  })
  await app.register(itemRoutes, { ...catalogue, pages, exports })
  if (alerts)
    await app.register(privateCollectionRoutes, {
      publicUrl,
      spec: ALERTS_COLLECTION,
      service: alerts,
      exports,
    })
  if (assessments) {
    await app.register(privateCollectionRoutes, {
      publicUrl,
      spec: ASSESSMENTS_COLLECTION,
      service: assessments,
      exports,
    })
  }
}
