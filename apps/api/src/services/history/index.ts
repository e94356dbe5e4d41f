import {
  type Actor,
  alertScope,
  assessmentScope,
  can,
  type History,
  type HistoryEntry,
} from '@heritage-watch/shared'
import { collectionTable } from '../../collections/collection-tables.ts'
import type { HistoryRepo, HistoryRow, HistoryScope } from '../../db/history-repo.ts'
import { ERROR_MESSAGES, NotFoundError } from '../../errors.ts'
import { requireCollection, requireFeatureId } from '../features.ts'
import { historySummary } from './history-summary.ts'

/** The table of the ERBM cités: only their records carry an ERBM follow-up. */
const ERBM_CITES_TABLE = collectionTable('cites-erbm').table

/** One source's scope in the timeline's form: null when the actor sees none of it. */
function organisationScope(scope: ReturnType<typeof alertScope>) {
  if (scope.kind === 'none') return null
  return { organisationId: scope.kind === 'organisation' ? scope.id : null }
}

const HREFS: Record<HistoryRow['itemType'], (id: string) => string> = {
  alert: (id) => `/alerts/${id}`,
  assessment: (id) => `/assessments/${id}`,
  'erbm-cite': (id) => `/erbm/cites/${encodeURIComponent(id)}`,
}

function entryOf(row: HistoryRow, featureLabel: string): HistoryEntry {
  return {
    at: row.at,
    on: row.on,
    source: row.source,
    kind: row.kind,
    summary: historySummary(row),
    author: row.author,
    item: {
      type: row.itemType,
      id: row.itemId,
      reference: row.reference,
      label: row.label ?? featureLabel,
      href: HREFS[row.itemType](row.itemId),
    },
    data: row.data,
  }
}

/** A feature's history (issue #10 §1): one timeline merging what the actor may see of each source. */
export function createHistoryService(repo: HistoryRepo) {
  return {
    /**
     * The newest `limit` entries, each source narrowed by the policy: alerts by `alertScope`, constats
     * by `assessmentScope`, the ERBM follow-up by `erbm:read`. An actor who may see none gets an empty
     * timeline (routes keep anonymous callers out before this).
     * @throws NotFoundError for an unknown collection or feature
     */
    async timeline(actor: Actor, collectionId: string, featureId: string, limit: number): Promise<History> {
      const collection = requireCollection(collectionId)
      requireFeatureId(collection, featureId)
      const label = await repo.featureLabel(collection.id, featureId)
      if (label === undefined)
        throw new NotFoundError(ERROR_MESSAGES.featureNotFound(collection.id, featureId))
      const table = collectionTable(collection.id).table
      const scope: HistoryScope = {
        alerts: organisationScope(alertScope(actor)),
        assessments: organisationScope(assessmentScope(actor)),
        erbmCiteId: table === ERBM_CITES_TABLE && can(actor, 'erbm:read') ? featureId : null,
      }
      // One more than asked, to say whether older entries were left out.
      const rows = await repo.timeline({ table, id: featureId }, scope, limit + 1)
      return {
        collection: collection.id,
        featureId,
        entries: rows.slice(0, limit).map((row) => entryOf(row, label)),
        truncated: rows.length > limit,
      }
    },
  }
}

export type HistoryService = ReturnType<typeof createHistoryService>
