import { actorOf, can, type User } from '@heritage-watch/shared'

// What the UI offers to whom, asked of the one policy the API enforces (packages/shared auth/policy.ts):
// these only avoid showing buttons that would be refused.

type Account = Pick<User, 'id' | 'role' | 'organisation'>

/** Whether the account may report an alert (a partner needs an organisation). */
export function canReport(user: Account | null | undefined): boolean {
  return !!user && can(actorOf(user), 'alert:create')
}

/** Whether the account may see alerts at all (a partner: its organisation's). */
export function canReadAlerts(user: Account | null | undefined): boolean {
  return !!user && can(actorOf(user), 'alert:read')
}

/** Whether the account may change status, assignee and several alerts at once. */
export function canTriage(user: Account | null | undefined): boolean {
  return !!user && can(actorOf(user), 'alert:triage')
}

/** Whether the account may see constats d'état (the alerts' rule: a partner, its organisation's). */
export function canReadAssessments(user: Account | null | undefined): boolean {
  return !!user && can(actorOf(user), 'assessment:read')
}
