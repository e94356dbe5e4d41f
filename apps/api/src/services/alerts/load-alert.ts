import { type Actor, type Alert, can } from '@heritage-watch/shared'
import type { AlertReadRepo } from '../../db/alert-read-repo.ts'
import { NotFoundError } from '../../errors.ts'
import { mayRead, organisationOf, rowScope } from './alert-access.ts'
import { toAlert } from './alert-shapes.ts'
import { ALERT_MESSAGES } from './messages.ts'

/**
 * One alert with its photos, timeline and duplicate hints, as the actor may see it. Every service
 * answers with it after a change, once committed, through the pool's repo.
 * @throws NotFoundError when it does not exist or is not visible
 */
export async function loadAlert(read: AlertReadRepo, actor: Actor, id: string): Promise<Alert> {
  // The record in one statement, then its hints (which need its geometry): two round trips.
  const record = await read.record(id)
  if (!record || !mayRead(actor, record.detail.organisationId)) {
    throw new NotFoundError(ALERT_MESSAGES.alertNotFound(id))
  }
  const { detail: row, photos, events } = record
  const scope = rowScope(actor)!
  const duplicates = await read.duplicates({
    ewkb: row.ewkb,
    features: record.featureTables,
    exceptId: id,
    organisationId: organisationOf(scope),
  })
  return toAlert(row, { photos, events, duplicates, mayTriage: can(actor, 'alert:triage') })
}
