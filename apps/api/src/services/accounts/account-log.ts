import {
  type AccountEventPage,
  type AccountSnapshot,
  AuditQuerySchema,
  type LoginEventPage,
  type User,
} from '@heritage-watch/shared'
import type { AccountsDependencies } from '../../db/accounts-repo.ts'
import { parseInput } from './input.ts'

/** An account's fields as the admin log records them before and after a change. */
export function snapshot(user: User): AccountSnapshot {
  return {
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisationId: user.organisation?.id ?? null,
    disabled: user.disabled,
  }
}

/** The login log and the admin log, newest first, paged by id (admins only: the routes ask the policy). */
export function createAccountLogService({ repo }: AccountsDependencies) {
  return {
    /** @throws ValidationError naming `before` or `limit` */
    async logins(query: unknown): Promise<LoginEventPage> {
      const { before, limit } = parseInput(AuditQuerySchema, query)
      return repo.listLoginEvents(before, limit)
    },
    /** @throws ValidationError naming `before` or `limit` */
    async actions(query: unknown): Promise<AccountEventPage> {
      const { before, limit } = parseInput(AuditQuerySchema, query)
      return repo.listAccountEvents(before, limit)
    },
  }
}

export type AccountLogService = ReturnType<typeof createAccountLogService>
