import type { AlertsDependencies } from '../../db/alert-repos.ts'
import type { AlertBus } from './alert-bus.ts'
import { createAlertCollectionService } from './alert-collection.ts'
import { createAlertCreationService } from './alert-creation.ts'
import { createAlertFeedService } from './alert-feed.ts'
import { createAlertReadingService } from './alert-reading.ts'
import { createAlertWorkflowService } from './alert-workflow.ts'

export { ALERT_MESSAGES } from './messages.ts'
export type { ReceivedPhoto } from './photos.ts'
export type { AlertCreationService } from './alert-creation.ts'
export type { AlertReadingService } from './alert-reading.ts'
export type { AlertWorkflowService } from './alert-workflow.ts'

/**
 * The alerts services (issue #4), one per job: creating, the workflow, reading (record, list, exports,
 * badges), the Atom feed and the OGC collection. Built once from the repos and the transaction runner
 * they share, and handed to the routes.
 */
export function createAlertsServices(dependencies: AlertsDependencies, bus: AlertBus) {
  return {
    creation: createAlertCreationService({ ...dependencies, bus }),
    workflow: createAlertWorkflowService({ ...dependencies, bus }),
    reading: createAlertReadingService(dependencies),
    feed: createAlertFeedService(dependencies),
    collection: createAlertCollectionService(dependencies),
  }
}
