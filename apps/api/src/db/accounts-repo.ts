import type { AccountRole, ApiToken, Organisation, User } from '@heritage-watch/shared'
import type pg from 'pg'
import { createAccountSecurityRepo } from './account-security-repo.ts'
import { createTransactionRunner, inTransaction, type Queryable } from './pool.ts'
import * as SQL from './sql/accounts.sql.ts'

interface UserRow {
  id: string
  email: string
  display_name: string
  role: AccountRole
  organisation_id: string | null
  organisation_name: string | null
  disabled: boolean
  created_at: Date
  updated_at: Date
}
interface OrganisationRow {
  id: string
  name: string
  created_at: Date
}
interface TokenRow {
  id: string
  name: string
  created_at: Date
  last_used_at: Date | null
  revoked_at: Date | null
}

/** A user with its password hash, for the login only. */
interface UserCredentials {
  user: User
  passwordHash: string
}
/** What a session or token lookup finds: its user, whether it still counts, whether to touch it. */
interface CredentialLookup {
  user: User
  /** Expired session or revoked token. */
  ended: boolean
  /** Not touched for a minute: worth updating last_seen_at / last_used_at. */
  stale: boolean
}
/** The columns of app_user a write sets; `passwordHash` null keeps the current hash on update. */
export interface UserFields {
  email: string
  displayName: string
  role: AccountRole
  organisationId: string | null
  disabled: boolean
  passwordHash: string | null
}

const iso = (date: Date | null) => date?.toISOString() ?? null

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    organisation:
      row.organisation_id && row.organisation_name
        ? { id: row.organisation_id, name: row.organisation_name }
        : null,
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }
}
const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
})
const toToken = (row: TokenRow): ApiToken => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: iso(row.last_used_at),
  revokedAt: iso(row.revoked_at),
})

/**
 * Runs the accounts SQL on a pool (reads) or on a transaction's client (writes: the services wrap
 * each write in inTransaction). Methods that look one thing up return undefined when it is missing.
 */
function createAccountsRepo(db: Queryable) {
  const rows = async <Row>(sql: string, values: unknown[] = []) => (await db.query(sql, values)).rows as Row[]
  // For INSERT … RETURNING, which always gives one row back or throws.
  const returned = async <Row>(sql: string, values: unknown[]) => {
    const [row] = await rows<Row>(sql, values)
    if (!row) throw new Error(`no row returned by ${sql.trim().split('\n')[0]}`)
    return row
  }
  return {
    listUsers: async () => (await rows<UserRow>(SQL.SELECT_USERS)).map(toUser),
    /** `lock` takes a row lock until the transaction ends, for read-modify-write. */
    async findUser(id: string, lock = false): Promise<User | undefined> {
      const [row] = await rows<UserRow>(lock ? SQL.SELECT_USER_FOR_UPDATE : SQL.SELECT_USER, [id])
      return row && toUser(row)
    },
    async findCredentials(email: string): Promise<UserCredentials | undefined> {
      const [row] = await rows<UserRow & { password_hash: string }>(SQL.SELECT_USER_CREDENTIALS, [email])
      return row && { user: toUser(row), passwordHash: row.password_hash }
    },
    /** `except` leaves one account out: the one whose email is being changed. */
    async emailTaken(email: string, except?: string): Promise<boolean> {
      const found = except
        ? await rows(SQL.SELECT_EMAIL_TAKEN_BY_OTHER, [email, except])
        : await rows(SQL.SELECT_EMAIL_TAKEN, [email])
      return found.length > 0
    },
    async insertUser(
      email: string,
      fields: Omit<UserFields, 'disabled' | 'email'> & { passwordHash: string },
    ) {
      const { displayName, role, organisationId, passwordHash } = fields
      const values = [email, displayName, role, organisationId, passwordHash]
      return (await returned<{ id: string }>(SQL.INSERT_USER, values)).id
    },
    async updateUser(id: string, fields: UserFields): Promise<void> {
      const { email, displayName, role, organisationId, disabled, passwordHash } = fields
      await db.query(SQL.UPDATE_USER, [id, displayName, role, organisationId, disabled, passwordHash, email])
    },

    listOrganisations: async () =>
      (await rows<OrganisationRow>(SQL.SELECT_ORGANISATIONS)).map(toOrganisation),
    async findOrganisation(by: { id: string } | { name: string }): Promise<Organisation | undefined> {
      const [sql, value] =
        'id' in by ? [SQL.SELECT_ORGANISATION, by.id] : [SQL.SELECT_ORGANISATION_BY_NAME, by.name]
      const [row] = await rows<OrganisationRow>(sql, [value])
      return row && toOrganisation(row)
    },
    async insertOrganisation(name: string): Promise<Organisation> {
      return toOrganisation(await returned<OrganisationRow>(SQL.INSERT_ORGANISATION, [name]))
    },

    /** @returns when the session expires */
    async insertSession(tokenHash: string, userId: string, csrfToken: string, ttlHours: number) {
      const values = [tokenHash, userId, csrfToken, ttlHours]
      return (await returned<{ expires_at: Date }>(SQL.INSERT_SESSION, values)).expires_at
    },
    /** `ended` when past its lifetime or unused for `idleMinutes`. */
    async findSession(
      tokenHash: string,
      idleMinutes: number,
    ): Promise<(CredentialLookup & { csrfToken: string }) | undefined> {
      const [row] = await rows<UserRow & { csrf_token: string; expired: boolean; stale: boolean }>(
        SQL.SELECT_SESSION,
        [tokenHash, idleMinutes],
      )
      return row && { user: toUser(row), ended: row.expired, stale: row.stale, csrfToken: row.csrf_token }
    },
    touchSession: (tokenHash: string) => db.query(SQL.TOUCH_SESSION, [tokenHash]),
    deleteSession: (tokenHash: string) => db.query(SQL.DELETE_SESSION, [tokenHash]),
    deleteExpiredSessions: (idleMinutes: number) => db.query(SQL.DELETE_EXPIRED_SESSIONS, [idleMinutes]),
    deleteUserSessions: (userId: string) => db.query(SQL.DELETE_USER_SESSIONS, [userId]),

    async insertApiToken(userId: string, name: string, tokenHash: string): Promise<ApiToken> {
      return toToken(await returned<TokenRow>(SQL.INSERT_API_TOKEN, [userId, name, tokenHash]))
    },
    listApiTokens: async (userId: string) =>
      (await rows<TokenRow>(SQL.SELECT_API_TOKENS, [userId])).map(toToken),
    async findApiToken(tokenHash: string): Promise<(CredentialLookup & { tokenId: string }) | undefined> {
      const [row] = await rows<UserRow & { token_id: string; revoked: boolean; stale: boolean }>(
        SQL.SELECT_API_TOKEN,
        [tokenHash],
      )
      return row && { user: toUser(row), ended: row.revoked, stale: row.stale, tokenId: row.token_id }
    },
    touchApiToken: (tokenId: string) => db.query(SQL.TOUCH_API_TOKEN, [tokenId]),
    /** @returns false when the user has no token with this id */
    async revokeApiToken(tokenId: string, userId: string): Promise<boolean> {
      return (await rows(SQL.REVOKE_API_TOKEN, [tokenId, userId])).length > 0
    },
    ...createAccountSecurityRepo(db),
  }
}

export type AccountsRepo = ReturnType<typeof createAccountsRepo>

/**
 * Runs `work` with a repo on one transaction: committed when it resolves, rolled back when it throws,
 * so an accounts write is whole or absent.
 */
/**
 * What the accounts services are built on: the repo on the pool for reads, and a runner that hands a
 * transaction's repo to writes (services never see the pool).
 */
export function createAccountsDependencies(pool: pg.Pool) {
  return { repo: createAccountsRepo(pool), inTransaction: createTransactionRunner(pool, createAccountsRepo) }
}

export type AccountsDependencies = ReturnType<typeof createAccountsDependencies>

export function inAccountsTransaction<T>(
  pool: pg.Pool,
  work: (repo: AccountsRepo) => Promise<T>,
): Promise<T> {
  return inTransaction(pool, (client) => work(createAccountsRepo(client)))
}
