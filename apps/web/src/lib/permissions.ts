import type { User } from '@heritage-watch/shared'

// What the UI offers to whom. The API's policy (apps/api/src/auth/policy.ts) decides; these only avoid
// showing buttons that would be refused. They follow its rules: a partner reports for its own
// organisation, officers and admins see everything and triage.

type Account = Pick<User, 'role' | 'organisation'>

/** Whether the account may report an alert (a partner needs an organisation). */
export function canReport(user: Account | null | undefined): boolean {
  if (!user) return false
  return user.role !== 'partner' || user.organisation !== null
}

/** Whether the account may see alerts at all (a partner: its organisation's). */
export function canReadAlerts(user: Account | null | undefined): boolean {
  return canReport(user)
}

/** Whether the account may change status, assignee and several alerts at once. */
export function canTriage(user: Account | null | undefined): boolean {
  return user?.role === 'officer' || user?.role === 'admin'
}
