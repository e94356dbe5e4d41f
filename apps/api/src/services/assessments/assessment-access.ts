import { type Actor, assessmentScope, can } from '@heritage-watch/shared'

// Who sees which constat (packages/shared policy.ts): staff all, a partner its organisation's. The
// source-derived constats (what our sources say of the endangered sites) belong to no organisation and
// are public knowledge, so every account that may read constats sees them.

/** The organisation reads are limited to (null: every one); undefined when the actor sees none. */
export function scopeOrganisation(actor: Actor): string | null | undefined {
  const scope = assessmentScope(actor)
  if (scope.kind === 'none') return undefined
  return scope.kind === 'organisation' ? scope.id : null
}

/** Whether the actor may see this constat. */
export function mayReadAssessment(
  actor: Actor,
  row: { origin: string; organisationId: string | null },
): boolean {
  if (row.origin === 'source') return can(actor, 'assessment:read')
  return can(actor, 'assessment:read', { organisationId: row.organisationId })
}

/** The account behind an actor that passed requirePermission. */
export function userIdOf(actor: Actor): string {
  if (!actor.userId) throw new Error('constats service called without an account')
  return actor.userId
}
