import type { ErbmDependencies } from '../../db/erbm-repos.ts'
import { createErbmEditingService } from './erbm-editing.ts'
import { createErbmReadingService } from './erbm-reading.ts'

export type { ErbmEditingService } from './erbm-editing.ts'
export type { ReceivedErbmFile } from './erbm-files.ts'
export type { ErbmReadingService } from './erbm-reading.ts'
export { ERBM_ATTACHMENT_TYPES, ERBM_PHOTO_TYPES } from './erbm-files.ts'
export { ERBM_MESSAGES } from './messages.ts'

/** The ERBM follow-up's services (issue #10 §3): reading (dashboard, follow-up, files) and editing. */
export function createErbmServices(dependencies: ErbmDependencies) {
  return {
    reading: createErbmReadingService(dependencies),
    editing: createErbmEditingService(dependencies),
  }
}
