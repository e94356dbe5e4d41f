import type {
  AssessmentCondition,
  AssessmentOccupancy,
  AssessmentPriority,
  AssessmentThreat,
  AssessmentTrend,
} from '@heritage-watch/shared'
import type pg from 'pg'
import { INSERT_SOURCE_ASSESSMENTS } from '../db/sql/source-assessments.sql.ts'

// What our sources say of the 11 endangered sites (issue #10 §6), as their first constat d'état: origin
// 'source', never a visit. data/README.md ("Constats d'après la source") explains each value.

/** The date of the source: the "Patrimoine minier en danger" subscription, launched on 26 June 2018. */
const SOURCE_ASSESSMENT_DATE = '2018-06-26'

interface SourceFacts {
  condition: AssessmentCondition
  trend: AssessmentTrend
  occupancy: AssessmentOccupancy
  priority: AssessmentPriority
  threats: AssessmentThreat[]
}

/**
 * Being on the "en danger" list says the fabric is in poor condition ('mauvais') and that no repair was
 * agreed when the subscription was launched to fund one ('C': decay, no solution agreed). Nothing is said
 * of the trend nor of the occupancy: 'inconnue', 'inconnu'. No threat is named.
 */
const LISTED_AS_ENDANGERED: SourceFacts = {
  condition: 'mauvais',
  trend: 'inconnue',
  occupancy: 'inconnu',
  priority: 'C',
  threats: [],
}

/** Where the source says more, by the site's id (its UNESCO element). */
const SAID_MORE: Record<string, Partial<SourceFacts>> = {
  // "damaged by time and repeated looting, MBM architect gave it three or four winters if nothing done":
  // very bad, immediate risk with no solution agreed (A), getting worse, looted and weathered.
  '2': {
    condition: 'tres_mauvais',
    trend: 'degradation',
    priority: 'A',
    threats: ['vandalisme', 'intemperies'],
  },
}

/** The facts of each site's source-derived constat. */
function sourceFacts(siteId: string): SourceFacts {
  return { ...LISTED_AS_ENDANGERED, ...SAID_MORE[siteId] }
}

/**
 * Inserts the source-derived constat of every endangered site that has none yet: idempotent across
 * reloads, and never over what officers recorded since (their visits stay, later in the series).
 * @returns how many were inserted
 */
export async function insertSourceAssessments(client: pg.PoolClient, siteIds: string[]): Promise<number> {
  const rows = siteIds.map((id) => ({ id, ...sourceFacts(id) }))
  const result = await client.query(INSERT_SOURCE_ASSESSMENTS, [JSON.stringify(rows), SOURCE_ASSESSMENT_DATE])
  return result.rowCount ?? 0
}
