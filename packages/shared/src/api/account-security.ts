import { z } from 'zod'
import { NewPasswordSchema } from './accounts.ts'

// The contract of the login and admin logs and of password-reset links (issue 13 §4).

const Timestamp = z.iso.datetime()

/** The largest page of a log. */
export const AUDIT_PAGE_MAX = 100

/** Query of `GET /admin/log/logins` and `/admin/log/actions`: newest first, `before` an id of the previous page. */
export const AuditQuerySchema = z.strictObject({
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
})
export type AuditQuery = z.infer<typeof AuditQuerySchema>

export const LOGIN_OUTCOMES = ['success', 'failure', 'locked'] as const

/** One login attempt. `email` is as typed, an account's or not; never a password. */
export const LoginEventSchema = z.object({
  id: z.number().int(),
  at: Timestamp,
  outcome: z.enum(LOGIN_OUTCOMES),
  email: z.string(),
  userId: z.uuid().nullable(),
  address: z.string(),
  userAgent: z.string().nullable(),
})
export type LoginEvent = z.infer<typeof LoginEventSchema>

/** A page of the login log; `nextBefore` is the `before` of the next page, null on the last. */
export const LoginEventPageSchema = z.object({
  events: z.array(LoginEventSchema),
  nextBefore: z.number().int().nullable(),
})
export type LoginEventPage = z.infer<typeof LoginEventPageSchema>

export const ACCOUNT_ACTIONS = [
  'user-created',
  'user-updated',
  'password-reset-issued',
  'password-reset-used',
] as const

/** An account's fields as the admin log records them, before and after a change. */
export const AccountSnapshotSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  role: z.string(),
  organisationId: z.string().nullable(),
  disabled: z.boolean(),
})
export type AccountSnapshot = z.infer<typeof AccountSnapshotSchema>

/** Who did what to whom. `actorId`/`targetId` are null once that account is deleted; the emails stay. */
export const AccountEventSchema = z.object({
  id: z.number().int(),
  at: Timestamp,
  action: z.enum(ACCOUNT_ACTIONS),
  actorId: z.uuid().nullable(),
  actorEmail: z.string(),
  targetId: z.uuid().nullable(),
  targetEmail: z.string(),
  before: AccountSnapshotSchema.nullable(),
  after: AccountSnapshotSchema.nullable(),
})
export type AccountEvent = z.infer<typeof AccountEventSchema>

export const AccountEventPageSchema = z.object({
  events: z.array(AccountEventSchema),
  nextBefore: z.number().int().nullable(),
})
export type AccountEventPage = z.infer<typeof AccountEventPageSchema>

/**
 * Answer of `POST /admin/users/{id}/password-reset`: the link, shown this once (the database keeps a
 * digest of its token), and whether it was also sent by e-mail.
 */
export const PasswordResetIssuedSchema = z.object({
  url: z.string(),
  expiresAt: Timestamp,
  mailed: z.boolean(),
})
export type PasswordResetIssued = z.infer<typeof PasswordResetIssuedSchema>

/** Body of `POST /auth/password-reset`: the link's token and the new password (rules as at creation). */
export const PasswordResetRequestSchema = z.strictObject({
  token: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  password: NewPasswordSchema,
})
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>
