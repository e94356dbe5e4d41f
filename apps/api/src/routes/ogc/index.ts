import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { AlertCollectionService } from '../../services/alerts/alert-collection.ts'
import type { AssessmentCollectionService } from '../../services/assessments/assessment-collection.ts'
import type { FeaturesService } from '../../services/features.ts'
import { alertCollectionRoutes, alertsCollectionFor } from './alerts-collection.ts'
import { assessmentCollectionRoutes, assessmentsCollectionFor } from './assessments-collection.ts'
import { collectionRoutes } from './collections.ts'
import { itemRoutes } from './items.ts'
import { landingRoutes } from './landing.ts'

/** The OGC API - Features routes: the catalogue's collections and, for accounts, the alerts and constats. */
export async function ogcRoutes(
  app: FastifyInstance,
  options: {
    publicUrl?: string
    service: FeaturesService
    alerts?: AlertCollectionService
    assessments?: AssessmentCollectionService
  },
) {
  const { alerts, assessments, ...catalogue } = options
  const private_ = [
    ...(alerts ? [alertsCollectionFor(alerts)] : []),
    ...(assessments ? [assessmentsCollectionFor(assessments)] : []),
  ]
  const callerCollections = async (request: FastifyRequest, base: string) =>
    (await Promise.all(private_.map((list) => list(request, base)))).flat()
  await app.register(landingRoutes, { publicUrl: options.publicUrl })
  await app.register(collectionRoutes, {
    ...catalogue,
    ...(private_.length ? { callerCollections } : {}),
  })
  await app.register(itemRoutes, catalogue)
  if (alerts) await app.register(alertCollectionRoutes, { publicUrl: options.publicUrl, service: alerts })
  if (assessments) {
    await app.register(assessmentCollectionRoutes, { publicUrl: options.publicUrl, service: assessments })
  }
}
