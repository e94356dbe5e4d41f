import type { AccountRole, User } from '@heritage-watch/shared'
import { ValidationError } from '../../errors.ts'
import { ACCOUNT_MESSAGES as MESSAGES } from './messages.ts'

/**
 * The last active admin keeps the role and stays active, so that someone can always administer.
 * @param activeAdmins the ids of the active admins, read (and locked) in the change's transaction
 * @throws ValidationError naming `role` (or `disabled`, when the role is kept) when the change would leave none
 */
export function keepAnAdmin(
  activeAdmins: readonly string[],
  current: Pick<User, 'id' | 'role' | 'disabled'>,
  next: { role: AccountRole; disabled: boolean },
): void {
  const wasActiveAdmin = current.role === 'admin' && !current.disabled
  if (!wasActiveAdmin || (next.role === 'admin' && !next.disabled)) return
  if (activeAdmins.some((id) => id !== current.id)) return
  const name = next.role === 'admin' ? 'disabled' : 'role'
  throw new ValidationError([{ name, reason: MESSAGES.lastAdmin, code: 'last_admin' }])
}
