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
  const row = await read.detail(id)
  if (!row || !mayRead(actor, row.organisationId)) throw new NotFoundError(ALERT_MESSAGES.alertNotFound(id))
  const scope = rowScope(actor)!
  const [photos, events, features] = await Promise.all([
    read.photos(id),
    read.events(id),
    read.featureTables(id),
  ])
  const duplicates = await read.duplicates({
    ewkb: row.ewkb,
    features,
    exceptId: id,
    organisationId: organisationOf(scope),
  })
  return toAlert(row, { photos, events, duplicates, mayTriage: can(actor, 'alert:triage') })
}
