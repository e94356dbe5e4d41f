import {
  type Actor,
  alertScope,
  ERBM_PRIORITIES_COMMAND,
  type ErbmCiteDetail,
  type ErbmCiteList,
  type ErbmCiteListParameters,
  type ErbmCiteSummary,
  OPEN_ALERT_STATUSES,
} from '@heritage-watch/shared'
import type { ErbmDependencies } from '../../db/erbm-repos.ts'
import type { ErbmFileRow } from '../../db/erbm-read-repo.ts'
import { NotFoundError } from '../../errors.ts'
import { matchesFilters, sortCites } from './erbm-list.ts'
import { dossierOf, evaluationOf, opinionOf, phasesOf, summaryOf } from './erbm-shapes.ts'
import { ERBM_MESSAGES } from './messages.ts'

/**
 * Reading the ERBM follow-up (issue #10 §3): the dashboard, one cité's follow-up and its files. Any account
 * may read (route guard `erbm:read`); the open alerts counted are only those the caller may see.
 */
export function createErbmReadingService({ repos }: Pick<ErbmDependencies, 'repos'>) {
  async function summaries(actor: Actor, citeId?: string): Promise<ErbmCiteSummary[]> {
    const scope = alertScope(actor)
    const rows = await repos.read.summaries(
      {
        openStatuses: OPEN_ALERT_STATUSES,
        // A caller who may see no alert gets its counts as null; the SQL still needs some organisation.
        organisationId: scope.kind === 'organisation' ? scope.id : null,
      },
      citeId,
    )
    return rows.map((row) => summaryOf(row, scope.kind !== 'none'))
  }

  return {
    async list(actor: Actor, query: ErbmCiteListParameters): Promise<ErbmCiteList> {
      const all = await summaries(actor)
      const state = await repos.read.priorityListState()
      const cites = sortCites(
        all.filter((cite) => matchesFilters(cite, query)),
        query.sort,
      )
      return {
        cites,
        numberMatched: cites.length,
        priorities: {
          loaded: state !== undefined,
          complete: state?.complete ?? false,
          source: state?.source ?? null,
          command: ERBM_PRIORITIES_COMMAND,
        },
      }
    },

    /** @throws NotFoundError for an id that is not a cité of the layer */
    async detail(actor: Actor, citeId: string): Promise<ErbmCiteDetail> {
      const [cite] = await summaries(actor, citeId)
      if (!cite) throw new NotFoundError(ERBM_MESSAGES.citeNotFound(citeId))
      // One after the other: on the embedded database there is one connection anyway.
      const followup = await repos.read.followup(citeId)
      const phases = await repos.read.phases(citeId)
      const opinions = await repos.read.opinions(citeId)
      const dossiers = await repos.read.dossiers(citeId)
      const evaluations = await repos.read.evaluations(citeId)
      const events = await repos.read.events(citeId)
      return {
        cite,
        followup: followup ? { ...followup, updatedAt: followup.updatedAt.toISOString() } : null,
        phases: phasesOf(phases),
        opinions: opinions.map((row) => opinionOf(citeId, row)),
        dossiers: dossiers.map(dossierOf),
        evaluations: evaluations.map((row) => evaluationOf(citeId, row)),
        events: events.map((event) => ({
          id: event.id,
          kind: event.kind,
          at: event.at.toISOString(),
          author:
            event.authorId && event.authorName ? { id: event.authorId, displayName: event.authorName } : null,
          // The request's fingerprint is for replays, not for readers.
          data: withoutKeys(event.data),
        })),
      }
    },

    /** @throws NotFoundError unless the attachment belongs to this opinion of this cité */
    async attachment(citeId: string, opinionId: string, attachmentId: string): Promise<ErbmFileRow> {
      if (!isUuid(opinionId) || !isUuid(attachmentId)) throw new NotFoundError(ERBM_MESSAGES.fileNotFound)
      const file = await repos.read.attachment(citeId, opinionId, attachmentId)
      if (!file) throw new NotFoundError(ERBM_MESSAGES.fileNotFound)
      return file
    },

    /** @throws NotFoundError unless the photo belongs to this bilan of this cité */
    async photo(citeId: string, evaluationId: string, photoId: string): Promise<ErbmFileRow> {
      if (!isUuid(evaluationId) || !isUuid(photoId)) throw new NotFoundError(ERBM_MESSAGES.fileNotFound)
      const file = await repos.read.evaluationPhoto(citeId, evaluationId, photoId)
      if (!file) throw new NotFoundError(ERBM_MESSAGES.fileNotFound)
      return file
    },
  }
}

const isUuid = (text: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)

function withoutKeys(data: Record<string, unknown>): Record<string, unknown> {
  const { idempotencyKey: _key, requestHash: _hash, ...rest } = data
  return rest
}

export type ErbmReadingService = ReturnType<typeof createErbmReadingService>
