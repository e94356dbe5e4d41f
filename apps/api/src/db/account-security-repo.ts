import type { AccountEvent, AccountSnapshot, LoginEvent } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import * as SQL from './sql/account-security.sql.ts'

interface LoginEventRow {
  id: string
  at: Date
  outcome: LoginEvent['outcome']
  email: string
  user_id: string | null
  address: string
  user_agent: string | null
}
interface AccountEventRow {
  id: string
  at: Date
  action: AccountEvent['action']
  actor_id: string | null
  actor_email: string
  target_id: string | null
  target_email: string
  before: AccountSnapshot | null
  after: AccountSnapshot | null
}

/** The login limits in force (window, failures allowed per email and per address). */
export interface LoginLimits {
  windowMinutes: number
  maxPerEmail: number
  maxPerAddress: number
}

/** One login attempt as the log keeps it. */
export interface LoginAttempt {
  outcome: LoginEvent['outcome']
  email: string
  userId: string | null
  address: string
  userAgent: string | null
}

/** One admin action as the log keeps it. */
export interface AccountAction {
  action: AccountEvent['action']
  actor: { id: string; email: string }
  target: { id: string; email: string }
  before: AccountSnapshot | null
  after: AccountSnapshot | null
}

/** A page of rows fetched one over the limit: the extra row only says that a next page exists. */
function page<Row extends { id: string }, Out>(rows: Row[], limit: number, map: (row: Row) => Out) {
  const shown = rows.slice(0, limit)
  const last = shown.at(-1)
  return { events: shown.map(map), nextBefore: rows.length > limit && last ? Number(last.id) : null }
}

/**
 * The login log and limits, the admin log and password-reset links; part of the accounts repo, so that
 * they are written in the same transactions as the accounts they are about.
 */
export function createAccountSecurityRepo(db: Queryable) {
  return {
    /** @returns the seconds each limit still holds, null where it does not */
    async loginLocks(email: string, address: string, limits: LoginLimits) {
      const values = [email, address, limits.windowMinutes, limits.maxPerEmail, limits.maxPerAddress]
      const { rows } = await db.query(SQL.SELECT_LOGIN_LOCKS, values)
      const row = rows[0] as { email_seconds: number | null; address_seconds: number | null }
      return { email: row.email_seconds, address: row.address_seconds }
    },
    async insertLoginEvent(attempt: LoginAttempt): Promise<void> {
      const { outcome, email, userId, address, userAgent } = attempt
      await db.query(SQL.INSERT_LOGIN_EVENT, [outcome, email, userId, address, userAgent])
    },
    async listLoginEvents(before: number | undefined, limit: number) {
      const { rows } = await db.query(SQL.SELECT_LOGIN_EVENTS, [before ?? null, limit + 1])
      return page(rows as LoginEventRow[], limit, (row) => ({
        id: Number(row.id),
        at: row.at.toISOString(),
        outcome: row.outcome,
        email: row.email,
        userId: row.user_id,
        address: row.address,
        userAgent: row.user_agent,
      }))
    },

    async insertAccountEvent(event: AccountAction): Promise<void> {
      const { action, actor, target, before, after } = event
      const snapshot = (value: AccountSnapshot | null) => (value ? JSON.stringify(value) : null)
      const values = [
        action,
        actor.id,
        actor.email,
        target.id,
        target.email,
        snapshot(before),
        snapshot(after),
      ]
      await db.query(SQL.INSERT_ACCOUNT_EVENT, values)
    },
    async listAccountEvents(before: number | undefined, limit: number) {
      const { rows } = await db.query(SQL.SELECT_ACCOUNT_EVENTS, [before ?? null, limit + 1])
      return page(rows as AccountEventRow[], limit, (row) => ({
        id: Number(row.id),
        at: row.at.toISOString(),
        action: row.action,
        actorId: row.actor_id,
        actorEmail: row.actor_email,
        targetId: row.target_id,
        targetEmail: row.target_email,
        before: row.before,
        after: row.after,
      }))
    },

    /** The ids of the active admins, locked until the transaction ends. */
    async lockActiveAdmins(): Promise<string[]> {
      const { rows } = await db.query(SQL.SELECT_ACTIVE_ADMINS_FOR_UPDATE)
      return (rows as { id: string }[]).map((row) => row.id)
    },

    /** Stores a new link for `userId`, ending its earlier unused ones. @returns when it expires */
    async insertPasswordReset(tokenHash: string, userId: string, createdBy: string, ttlHours: number) {
      await db.query(SQL.DELETE_UNUSED_RESETS, [userId])
      const { rows } = await db.query(SQL.INSERT_PASSWORD_RESET, [tokenHash, userId, createdBy, ttlHours])
      return (rows[0] as { expires_at: Date }).expires_at
    },
    /** Takes a link once. @returns its user, or undefined when unknown, used or expired */
    async usePasswordReset(tokenHash: string): Promise<string | undefined> {
      const { rows } = await db.query(SQL.USE_PASSWORD_RESET, [tokenHash])
      return (rows[0] as { user_id: string } | undefined)?.user_id
    },
    setPassword: (userId: string, passwordHash: string) => db.query(SQL.SET_PASSWORD, [userId, passwordHash]),
  }
}
