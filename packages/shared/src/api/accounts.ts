import { z } from 'zod'
import { safeText } from './safe-text.ts'

// The contract of /auth/* and /admin/* (issue #4, "Accounts and roles"). Requests are strict objects, so
// a misspelt field is refused and named instead of being ignored.

/** Every role, `public` being the anonymous visitor, who has no account. */
export const ROLES = ['public', 'partner', 'officer', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** The roles an account can have. A partner belongs to an organisation; the others may. */
export const ACCOUNT_ROLES = ['partner', 'officer', 'admin'] as const
export const AccountRoleSchema = z.enum(ACCOUNT_ROLES)
export type AccountRole = z.infer<typeof AccountRoleSchema>

/** Emails compare without case: they are trimmed and lower-cased before anything else. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address'))

/** A new password. The upper bound keeps a huge body from costing a long hash. */
export const NewPasswordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters')

/** The name shown for an account. */
export const DisplayNameSchema = safeText(1, 120)
/** An organisation's name. */
export const OrganisationNameSchema = safeText(1, 200)
const Timestamp = z.iso.datetime()

/** An organisation that partners belong to (a town, an association, a mining-heritage body). */
export const OrganisationSchema = z.object({ id: z.uuid(), name: z.string(), createdAt: Timestamp })
export type Organisation = z.infer<typeof OrganisationSchema>

/** An account as the API shows it: never its password hash. */
export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: AccountRoleSchema,
  organisation: OrganisationSchema.pick({ id: true, name: true }).nullable(),
  disabled: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
})
export type User = z.infer<typeof UserSchema>

/** Body of `POST /auth/login`. */
export const LoginRequestSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, 'must not be empty').max(256, 'must be at most 256 characters'),
})
export type LoginRequest = z.infer<typeof LoginRequestSchema>

/**
 * Answer of `POST /auth/login`. The session itself travels in the HttpOnly cookie `hw_session`; send
 * `csrfToken` back in the `X-CSRF-Token` header of every write.
 */
export const LoginResponseSchema = z.object({ user: UserSchema, csrfToken: z.string() })
export type LoginResponse = z.infer<typeof LoginResponseSchema>

/** Answer of `GET /auth/me`. `csrfToken` is null when the request came with an API token. */
export const MeResponseSchema = z.object({
  user: UserSchema,
  authenticatedBy: z.enum(['session', 'token']),
  csrfToken: z.string().nullable(),
})
export type MeResponse = z.infer<typeof MeResponseSchema>

/** Body of `POST /auth/tokens`: a name that says what the token is for ("QGIS on my laptop"). */
export const ApiTokenCreateRequestSchema = z.strictObject({
  name: safeText(1, 100),
})
export type ApiTokenCreateRequest = z.infer<typeof ApiTokenCreateRequestSchema>

/** A personal API token as listed: never its secret, which only the server's hash remembers. */
export const ApiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  revokedAt: Timestamp.nullable(),
})
export type ApiToken = z.infer<typeof ApiTokenSchema>

/** Answer of `POST /auth/tokens`: the secret (`hw_` + 43 base64url characters), shown this once only. */
export const ApiTokenCreatedSchema = ApiTokenSchema.extend({ token: z.string().regex(/^hw_[\w-]{43}$/) })
export type ApiTokenCreated = z.infer<typeof ApiTokenCreatedSchema>

/** Answer of `GET /auth/tokens`, newest first, revoked ones included. */
export const ApiTokenListSchema = z.object({ tokens: z.array(ApiTokenSchema) })
export type ApiTokenList = z.infer<typeof ApiTokenListSchema>

/** Body of `POST /admin/organisations`. Names are unique without regard to case. */
export const OrganisationCreateRequestSchema = z.strictObject({ name: OrganisationNameSchema })
export type OrganisationCreateRequest = z.infer<typeof OrganisationCreateRequestSchema>

/** Answer of `GET /admin/organisations`, by name. */
export const OrganisationListSchema = z.object({ organisations: z.array(OrganisationSchema) })
export type OrganisationList = z.infer<typeof OrganisationListSchema>

/** Why a partner without an organisation is refused; the API uses the same words. */
export const PARTNER_NEEDS_ORGANISATION = 'a partner must belong to an organisation'

/** Body of `POST /admin/users`. A partner needs `organisationId`. */
export const UserCreateRequestSchema = z
  .strictObject({
    email: EmailSchema,
    displayName: DisplayNameSchema,
    role: AccountRoleSchema,
    organisationId: z.uuid().nullable().optional(),
    password: NewPasswordSchema,
  })
  .refine((user) => user.role !== 'partner' || user.organisationId, {
    path: ['organisationId'],
    message: PARTNER_NEEDS_ORGANISATION,
  })
export type UserCreateRequest = z.infer<typeof UserCreateRequestSchema>

/**
 * Body of `PATCH /admin/users/{id}`: the fields to change, at least one. `password` resets the password
 * (an admin may also issue a reset link, POST /admin/users/{id}/password-reset).
 * Whether a partner keeps an organisation depends on the stored user too, so the server checks it.
 */
export const UserUpdateRequestSchema = z
  .strictObject({
    email: EmailSchema.optional(),
    displayName: DisplayNameSchema.optional(),
    role: AccountRoleSchema.optional(),
    organisationId: z.uuid().nullable().optional(),
    disabled: z.boolean().optional(),
    password: NewPasswordSchema.optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), {
    message: 'give at least one field to change',
  })
export type UserUpdateRequest = z.infer<typeof UserUpdateRequestSchema>

/** Answer of `GET /admin/users`, by email. */
export const UserListSchema = z.object({ users: z.array(UserSchema) })
export type UserList = z.infer<typeof UserListSchema>
