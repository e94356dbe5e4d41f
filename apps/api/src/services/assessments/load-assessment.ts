import type { Actor, Assessment } from '@heritage-watch/shared'
import type { AssessmentReadRepo, AssessmentRow } from '../../db/assessment-read-repo.ts'
import { NotFoundError } from '../../errors.ts'
import { mayReadAssessment } from './assessment-access.ts'
import { toAssessment } from './assessment-shapes.ts'
import { ASSESSMENT_MESSAGES } from './messages.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The stored row of a constat the actor may see. @throws NotFoundError otherwise (existence does not leak) */
export async function readableRow(
  read: AssessmentReadRepo,
  actor: Actor,
  id: string,
): Promise<AssessmentRow> {
  const row = UUID.test(id) ? await read.detail(id) : undefined
  if (!row || !mayReadAssessment(actor, row))
    throw new NotFoundError(ASSESSMENT_MESSAGES.assessmentNotFound(id))
  return row
}

/** Constats with their photos and events, as the actor may see them (rows already checked). */
export async function withDetails(read: AssessmentReadRepo, actor: Actor, rows: AssessmentRow[]) {
  const ids = rows.map((row) => row.id)
  const [photos, events] = ids.length ? await Promise.all([read.photos(ids), read.events(ids)]) : [[], []]
  return rows.map((row) =>
    toAssessment(
      row,
      photos.filter((photo) => photo.assessmentId === row.id),
      events.filter((event) => event.assessmentId === row.id),
      actor,
    ),
  )
}

/** One constat the actor may see. @throws NotFoundError */
export async function loadAssessment(
  read: AssessmentReadRepo,
  actor: Actor,
  id: string,
): Promise<Assessment> {
  const [assessment] = await withDetails(read, actor, [await readableRow(read, actor, id)])
  return assessment!
}
