import type { Role, User } from '../api/accounts.ts'

// THE policy: who may do what. Every API route asks it (through requirePermission or assertPermission in
// apps/api/src/auth/require-permission.ts) and the web app asks the same table before it offers a button,
// so nothing else compares roles (issue #4: "one policy, tested as a matrix of role x action"; issue #9:
// "one copy of each rule"). It is a pure function: no database, no request, so the matrix test covers
// every cell.

/** Who is asking. The anonymous visitor is PUBLIC_ACTOR; every other actor is an enabled account. */
export interface Actor {
  role: Role
  userId: string | null
  organisationId: string | null
}

/** The anonymous visitor. */
export const PUBLIC_ACTOR: Actor = Object.freeze({ role: 'public', userId: null, organisationId: null })

/** The actor of an account that passed authentication (a disabled one never gets this far). */
export function actorOf(user: Pick<User, 'id' | 'role' | 'organisation'>): Actor {
  return { role: user.role, userId: user.id, organisationId: user.organisation?.id ?? null }
}

/** Every action the policy knows; the `alert:*` ones are for the alerts of issue #4. */
export const ACTIONS = [
  'account:read-self',
  'token:manage-own',
  'admin:manage-users',
  'admin:manage-organisations',
  'alert:create',
  'alert:read',
  'alert:read-detail',
  'alert:triage',
  'alert:comment',
  'alert:edit',
  'assessment:create',
  'assessment:read',
  'assessment:validate',
  'erbm:read',
  'erbm:edit',
  'site-at-risk:edit',
  'indicators:read-detail',
  'subscription:manage-own',
  'subscription:triage',
] as const
export type Action = (typeof ACTIONS)[number]

/**
 * What an action is about, when it is about one thing: the organisation an alert belongs to, the account
 * that owns a token. Without it, `can` answers whether the actor may do the action at all (for a list,
 * the caller then narrows it with `alertScope`).
 */
export interface Resource {
  organisationId?: string | null
  ownerId?: string | null
}

type Rule = (actor: Actor, resource: Resource | undefined) => boolean

const ACCOUNTS: readonly Role[] = ['partner', 'officer', 'admin']
const STAFF: readonly Role[] = ['officer', 'admin']

const roles =
  (allowed: readonly Role[]): Rule =>
  (actor) =>
    allowed.includes(actor.role)

/** Accounts only; a partner only for its own organisation's resource. */
const ownOrganisationForPartners: Rule = (actor, resource) => {
  if (STAFF.includes(actor.role)) return true
  if (actor.role !== 'partner' || !actor.organisationId) return false
  return resource?.organisationId === undefined || resource.organisationId === actor.organisationId
}

/** Accounts only, and only their own things. */
const ownedByActor: Rule = (actor, resource) =>
  ACCOUNTS.includes(actor.role) &&
  actor.userId !== null &&
  (resource?.ownerId === undefined || resource.ownerId === actor.userId)

const RULES: Record<Action, Rule> = {
  'account:read-self': roles(ACCOUNTS),
  'token:manage-own': ownedByActor,
  'admin:manage-users': roles(['admin']),
  'admin:manage-organisations': roles(['admin']),
  // A partner reports for its own organisation; officers and admins may report too.
  'alert:create': ownOrganisationForPartners,
  // Anonymous visitors see no alert at all: an endangered site's exact problem can invite vandalism.
  'alert:read': ownOrganisationForPartners,
  // The same rule as alert:read for now; a separate action so that the two may diverge (e.g. partners
  // seeing other organisations' badges without their detail) by changing one line.
  'alert:read-detail': ownOrganisationForPartners,
  'alert:triage': roles(STAFF),
  'alert:comment': ownOrganisationForPartners,
  // The reporter's organisation may correct its alert (title, description, severity…) and add photos;
  // every edit is an event, so nothing is lost.
  'alert:edit': ownOrganisationForPartners,
  // Constats d'état (issue #10 §2) have the alerts' rights: officers write valid constats, a partner
  // proposes one for its organisation and sees its organisation's; anonymous visitors see none.
  'assessment:create': ownOrganisationForPartners,
  'assessment:read': ownOrganisationForPartners,
  'assessment:validate': roles(STAFF),
  // The ERBM follow-up is the Mission's work, shared with its partners (convention 2024, art. 2.2).
  'erbm:read': roles(ACCOUNTS),
  'erbm:edit': roles(STAFF),
  // The endangered sites' Fondation du Patrimoine link, owner and protection (issue #10 §6).
  'site-at-risk:edit': roles(STAFF),
  // Indicators below 3 are hidden from anonymous visitors (a count of 1 can point at one alert).
  'indicators:read-detail': roles(ACCOUNTS),
  // Any account follows what it may see (issue 11 §6); the worker narrows every message to alertScope.
  'subscription:manage-own': ownedByActor,
  // The "alertes à trier" notice is about alerts only officers and admins triage.
  'subscription:triage': roles(STAFF),
}

/**
 * Whether `actor` may do `action`, on `resource` when given.
 * @example can(partner, 'alert:read', { organisationId: partner.organisationId }) // true
 * @example can(PUBLIC_ACTOR, 'alert:read') // false
 */
export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  return RULES[action](actor, resource)
}

/** Which constats d'état the actor may see: the same rule as the alerts' (`alertScope`). */
export function assessmentScope(actor: Actor): ReturnType<typeof alertScope> {
  return alertScope(actor)
}

/**
 * Which alerts a list, a tile, an export or a feed may show the actor: all of them, those of one
 * organisation, or none. The same rule as `can(actor, 'alert:read', …)`, in a form SQL can filter on.
 */
export function alertScope(
  actor: Actor,
): { kind: 'all' } | { kind: 'organisation'; id: string } | { kind: 'none' } {
  if (!can(actor, 'alert:read')) return { kind: 'none' }
  if (STAFF.includes(actor.role)) return { kind: 'all' }
  return actor.organisationId ? { kind: 'organisation', id: actor.organisationId } : { kind: 'none' }
}
