import type { AssessmentsDependencies } from '../../db/assessment-repos.ts'
import { createAssessmentCollectionService } from './assessment-collection.ts'
import { createAssessmentCreationService } from './assessment-creation.ts'
import { createAssessmentReadingService } from './assessment-reading.ts'
import { createSiteAtRiskFollowupService } from './site-at-risk-followup.ts'

export type { AssessmentCreationService } from './assessment-creation.ts'
export type { AssessmentReadingService } from './assessment-reading.ts'
export type { SiteAtRiskFollowupService } from './site-at-risk-followup.ts'
export { ASSESSMENT_MESSAGES } from './messages.ts'

/** The constats services (issue #10 §2, §6), built once from the repos and the transaction runner. */
export function createAssessmentsServices(dependencies: AssessmentsDependencies) {
  return {
    creation: createAssessmentCreationService(dependencies),
    reading: createAssessmentReadingService(dependencies),
    followup: createSiteAtRiskFollowupService(dependencies),
    collection: createAssessmentCollectionService(dependencies),
  }
}
