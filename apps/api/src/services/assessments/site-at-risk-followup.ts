import { type Actor, type SiteAtRiskFollowup, SiteAtRiskFollowupRequestSchema } from '@heritage-watch/shared'
import type { AssessmentsDependencies } from '../../db/assessment-repos.ts'
import { NotFoundError } from '../../errors.ts'
import { parseInput } from '../accounts/input.ts'
import { userIdOf } from './assessment-access.ts'
import { ASSESSMENT_MESSAGES } from './messages.ts'

/**
 * What officers add to the 11 endangered sites (issue #10 §6): the Fondation du Patrimoine subscription,
 * the owner and the protection. Nothing is filled in advance: an unknown field stays null.
 */
export function createSiteAtRiskFollowupService({ repos, inTransaction }: AssessmentsDependencies) {
  const read = async (id: string): Promise<SiteAtRiskFollowup> => {
    const row = await repos.read.siteAtRiskFollowup(id)
    return row
      ? { ...row, updatedAt: row.updatedAt.toISOString() }
      : {
          siteId: id,
          fondationPatrimoineUrl: null,
          proprietaire: null,
          protection: null,
          updatedAt: null,
          updatedBy: null,
        }
  }
  const ensureSite = async (id: string) => {
    if (!(await repos.read.siteAtRiskExists(id)))
      throw new NotFoundError(ASSESSMENT_MESSAGES.siteNotFound(id))
  }
  return {
    /** Public, like the site itself. @throws NotFoundError for an id that is no endangered site */
    async get(id: string): Promise<SiteAtRiskFollowup> {
      await ensureSite(id)
      return read(id)
    },

    /** Replaces the follow-up (staff). @throws ValidationError, NotFoundError */
    async put(actor: Actor, id: string, body: unknown): Promise<SiteAtRiskFollowup> {
      const userId = userIdOf(actor)
      const followup = parseInput(SiteAtRiskFollowupRequestSchema, body)
      await ensureSite(id)
      await inTransaction((tx) => tx.write.saveFollowup(id, followup, userId))
      return read(id)
    },
  }
}

export type SiteAtRiskFollowupService = ReturnType<typeof createSiteAtRiskFollowupService>
