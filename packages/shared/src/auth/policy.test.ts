import { type Role, ROLES } from '../api/accounts.ts'
import { describe, expect, it } from 'vitest'
import {
  ACTIONS,
  type Action,
  type Actor,
  actorOf,
  alertScope,
  can,
  PUBLIC_ACTOR,
  type Resource,
} from './policy.ts'

const ACTORS: Record<Role, Actor> = {
  public: PUBLIC_ACTOR,
  partner: { role: 'partner', userId: 'user-partner', organisationId: 'org-a' },
  officer: { role: 'officer', userId: 'user-officer', organisationId: null },
  admin: { role: 'admin', userId: 'user-admin', organisationId: 'org-c' },
}

/** The three questions asked of every role and action: in general, about its own thing, about another's. */
const CONTEXTS = ['no resource', 'own', 'other'] as const
const resourceFor = (actor: Actor, context: (typeof CONTEXTS)[number]): Resource | undefined =>
  context === 'no resource'
    ? undefined
    : context === 'own'
      ? { organisationId: 'org-a', ownerId: actor.userId }
      : { organisationId: 'org-b', ownerId: 'user-other' }

// The whole matrix, written out: [no resource, own (organisation org-a / own account), other]. "own" is
// org-a for everybody, which is the partner's organisation only.
const Y = true
const N = false
const NONE = [N, N, N] as const
const ALL = [Y, Y, Y] as const
const OWN_ONLY = [Y, Y, N] as const
const MATRIX: Record<Action, Record<Role, readonly [boolean, boolean, boolean]>> = {
  'account:read-self': { public: NONE, partner: ALL, officer: ALL, admin: ALL },
  'token:manage-own': { public: NONE, partner: OWN_ONLY, officer: OWN_ONLY, admin: OWN_ONLY },
  'admin:manage-users': { public: NONE, partner: NONE, officer: NONE, admin: ALL },
  'admin:manage-organisations': { public: NONE, partner: NONE, officer: NONE, admin: ALL },
  'alert:create': { public: NONE, partner: OWN_ONLY, officer: ALL, admin: ALL },
  'alert:read': { public: NONE, partner: OWN_ONLY, officer: ALL, admin: ALL },
  'alert:read-detail': { public: NONE, partner: OWN_ONLY, officer: ALL, admin: ALL },
  'alert:triage': { public: NONE, partner: NONE, officer: ALL, admin: ALL },
  'alert:comment': { public: NONE, partner: OWN_ONLY, officer: ALL, admin: ALL },
  'alert:edit': { public: NONE, partner: OWN_ONLY, officer: ALL, admin: ALL },
  'assessment:create': { public: NONE, partner: OWN_ONLY, officer: ALL, admin: ALL },
  'assessment:read': { public: NONE, partner: OWN_ONLY, officer: ALL, admin: ALL },
  'assessment:validate': { public: NONE, partner: NONE, officer: ALL, admin: ALL },
  'erbm:read': { public: NONE, partner: ALL, officer: ALL, admin: ALL },
  'erbm:edit': { public: NONE, partner: NONE, officer: ALL, admin: ALL },
  'site-at-risk:edit': { public: NONE, partner: NONE, officer: ALL, admin: ALL },
  'indicators:read-detail': { public: NONE, partner: ALL, officer: ALL, admin: ALL },
  'subscription:manage-own': { public: NONE, partner: OWN_ONLY, officer: OWN_ONLY, admin: OWN_ONLY },
  'subscription:triage': { public: NONE, partner: NONE, officer: ALL, admin: ALL },
}

const CELLS = ACTIONS.flatMap((action) =>
  ROLES.flatMap((role) =>
    CONTEXTS.map((context, column) => [action, role, context, MATRIX[action][role][column]] as const),
  ),
)

describe('can: the role × action matrix', () => {
  it('covers every action and every role', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort())
    for (const action of ACTIONS) expect(Object.keys(MATRIX[action]).sort()).toEqual([...ROLES].sort())
    expect(CELLS).toHaveLength(ACTIONS.length * ROLES.length * CONTEXTS.length)
  })

  it.each(CELLS)('%s by %s (%s) → %s', (action, role, context, allowed) => {
    const actor = ACTORS[role]
    expect(can(actor, action, resourceFor(actor, context))).toBe(allowed)
  })
})

describe('can: edge cases', () => {
  it('refuses organisation-scoped actions to a partner without an organisation', () => {
    const orphan: Actor = { role: 'partner', userId: 'user-orphan', organisationId: null }
    for (const action of [
      'alert:create',
      'alert:read',
      'alert:read-detail',
      'alert:comment',
      'alert:edit',
    ] as const) {
      expect(can(orphan, action), action).toBe(false)
      expect(can(orphan, action, { organisationId: null }), action).toBe(false)
    }
  })

  it('refuses an alert without organisation to a partner', () => {
    expect(can(ACTORS.partner, 'alert:read', { organisationId: null })).toBe(false)
  })
})

describe('alertScope', () => {
  it.each([
    ['public', { kind: 'none' }],
    ['partner', { kind: 'organisation', id: 'org-a' }],
    ['officer', { kind: 'all' }],
    ['admin', { kind: 'all' }],
  ] as const)('%s sees %o', (role, scope) => {
    expect(alertScope(ACTORS[role])).toEqual(scope)
  })
})

describe('actorOf', () => {
  it('takes the role, the id and the organisation of an account', () => {
    const user = { id: 'u1', role: 'partner' as const, organisation: { id: 'org-a', name: 'A' } }
    expect(actorOf(user)).toEqual({ role: 'partner', userId: 'u1', organisationId: 'org-a' })
    expect(actorOf({ ...user, role: 'officer', organisation: null }).organisationId).toBeNull()
  })
})
