import {
  type Actor,
  ASSESSMENT_CONDITIONS,
  type Assessment,
  type AssessmentSeries,
  type AssessmentTrend,
  can,
} from '@heritage-watch/shared'
import type { AssessmentEventRow, AssessmentPhotoRow, AssessmentRow } from '../../db/assessment-read-repo.ts'

/** A stored constat as the API answers it. Values come from CHECKed columns: the casts are safe. */
export function toAssessment(
  row: AssessmentRow,
  photos: AssessmentPhotoRow[],
  events: AssessmentEventRow[],
  actor: Actor,
): Assessment {
  return {
    id: row.id,
    number: row.number,
    feature: { collection: row.collection, id: row.featureId },
    label: row.label,
    facts: {
      visitedOn: row.visitedOn,
      condition: row.condition as Assessment['facts']['condition'],
      trend: row.trend as Assessment['facts']['trend'],
      occupancy: row.occupancy as Assessment['facts']['occupancy'],
      priority: row.priority as Assessment['facts']['priority'],
      threats: row.threats as Assessment['facts']['threats'],
      note: row.note,
    },
    origin: row.origin as Assessment['origin'],
    source: row.source,
    status: row.status as Assessment['status'],
    author: row.author,
    organisation: row.organisation,
    photos: photos.map((photo) => ({
      id: photo.id,
      filename: photo.filename,
      mediaType: photo.mediaType as Assessment['photos'][number]['mediaType'],
      byteSize: photo.byteSize,
      sha256: photo.sha256,
      href: `/assessments/${row.id}/photos/${photo.id}`,
    })),
    events: events.map((event) => ({
      id: event.id,
      kind: event.kind as Assessment['events'][number]['kind'],
      at: event.at.toISOString(),
      author: event.author,
      comment: event.comment,
    })),
    createdAt: row.createdAt.toISOString(),
    mayValidate: row.status === 'proposee' && can(actor, 'assessment:validate'),
  }
}

const rank = (condition: string) =>
  ASSESSMENT_CONDITIONS.indexOf(condition as Assessment['facts']['condition'])

/**
 * What a series says now. The trend compares the conditions of the latest two validated constats (the
 * series is newest first): better → amelioration, same → stable, worse → degradation. With one validated
 * constat the trend its visitor stated stands; with none, inconnue. Proposals and refusals do not count.
 */
export function seriesTrend(
  assessments: Assessment[],
): Pick<AssessmentSeries, 'latest' | 'trend' | 'trendBasis'> {
  const valid = assessments.filter((assessment) => assessment.status === 'validee')
  const [latest, previous] = valid
  if (!latest) return { latest: null, trend: 'inconnue', trendBasis: 'none' }
  if (!previous) return { latest, trend: latest.facts.trend, trendBasis: 'stated' }
  const change = rank(latest.facts.condition) - rank(previous.facts.condition)
  const trend: AssessmentTrend = change < 0 ? 'amelioration' : change === 0 ? 'stable' : 'degradation'
  return { latest, trend, trendBasis: 'series' }
}
