import { type Actor, alertScope, can } from '@heritage-watch/shared'
import type { AlertRowScope } from '../../db/alert-read-repo.ts'

// Who sees which alert, in the forms the alerts services need: every read is narrowed to what the
// actor may see (packages/shared policy.ts), and an alert the actor may not see is "not found".

/** The rows an actor may see, for SQL; undefined when none (the anonymous visitor). */
export function rowScope(actor: Actor): AlertRowScope | undefined {
  const scope = alertScope(actor)
  return scope.kind === 'none' ? undefined : scope
}

/** The organisation a scope is limited to; null when it sees every organisation's alerts. */
export const organisationOf = (scope: AlertRowScope) => (scope.kind === 'organisation' ? scope.id : null)

/** Whether the actor may see an alert of this organisation. */
export const mayRead = (actor: Actor, organisationId: string | null) =>
  can(actor, 'alert:read-detail', { organisationId })

/** The account behind an actor that passed requirePermission; routes never call services anonymously. */
export function userIdOf(actor: Actor): string {
  if (!actor.userId) throw new Error('alerts service called without an account')
  return actor.userId
}
