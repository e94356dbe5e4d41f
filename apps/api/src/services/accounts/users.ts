import {
  type AccountRole,
  PARTNER_NEEDS_ORGANISATION,
  type User,
  UserCreateRequestSchema,
  type UserList,
  UserUpdateRequestSchema,
  type Actor,
} from '@heritage-watch/shared'
import { hashPassword } from '../../auth/passwords.ts'
import type { AccountsDependencies, AccountsRepo, UserFields } from '../../db/accounts-repo.ts'
import { ConflictError, type InvalidParam, NotFoundError, ValidationError } from '../../errors.ts'
import { isUniqueViolation, parseId, parseInput } from './input.ts'
import { ACCOUNT_MESSAGES as MESSAGES } from './messages.ts'
import { requireOrganisation } from './organisations.ts'

/** A new account, validated, with its password already hashed. */
export interface NewUser {
  email: string
  displayName: string
  role: AccountRole
  organisationId: string | null
  passwordHash: string
}

async function reload(repo: AccountsRepo, id: string): Promise<User> {
  const user = await repo.findUser(id)
  if (!user) throw new NotFoundError(MESSAGES.userNotFound(id))
  return user
}

/**
 * Inserts a user in the caller's transaction.
 * @throws ValidationError naming `organisationId` when it names no organisation; ConflictError when the
 *   email is taken, whatever its case
 */
export async function insertUser(repo: AccountsRepo, user: NewUser): Promise<User> {
  if (user.organisationId) await requireOrganisation(repo, user.organisationId)
  // Checked first: on PGlite a failed parameterised query unsettles the socket's protocol
  // (electric-sql/pglite#958), so an expected conflict must not be left to the unique index, which
  // stays the last word when two servers' requests race.
  if (await repo.emailTaken(user.email)) throw new ConflictError(MESSAGES.emailTaken(user.email))
  try {
    return await reload(repo, await repo.insertUser(user.email, user))
  } catch (error) {
    if (isUniqueViolation(error, 'app_user_email_key'))
      throw new ConflictError(MESSAGES.emailTaken(user.email))
    throw error
  }
}

/** The rules a change must keep, given the stored user; an admin cannot lock themself out. */
function checkChange(actor: Actor, current: User, next: UserFields): void {
  const problems: InvalidParam[] = []
  if (next.role === 'partner' && !next.organisationId) {
    problems.push({ name: 'organisationId', reason: PARTNER_NEEDS_ORGANISATION })
  }
  const self = actor.userId === current.id
  if (self && next.disabled) problems.push({ name: 'disabled', reason: MESSAGES.ownAccountDisabled })
  if (self && next.role !== current.role) problems.push({ name: 'role', reason: MESSAGES.ownAdminRole })
  if (problems.length) throw new ValidationError(problems)
}

/** Accounts as admins manage them (the routes ask the policy first). */
export function createUsersService({ repo: reads, inTransaction }: AccountsDependencies) {
  return {
    /** Every account, by email. */
    async list(): Promise<UserList> {
      return { users: await reads.listUsers() }
    },

    /** @throws ValidationError naming each bad field; ConflictError when the email is taken */
    async create(body: unknown): Promise<User> {
      const { password, organisationId, ...input } = parseInput(UserCreateRequestSchema, body)
      // Hashed before the transaction opens: the CPU time need not hold a connection.
      const passwordHash = await hashPassword(password)
      const user = { ...input, organisationId: organisationId ?? null, passwordHash }
      return inTransaction((repo) => insertUser(repo, user))
    },

    /**
     * Changes an account; omitted fields keep their value. Disabling it or resetting its password ends
     * its open sessions in the same transaction.
     * @throws ValidationError naming the field (a partner without organisation, an admin disabling or
     *   demoting themself...); NotFoundError when no user has this id
     */
    async update(actor: Actor, id: unknown, body: unknown): Promise<User> {
      const userId = parseId(id)
      const change = parseInput(UserUpdateRequestSchema, body)
      const passwordHash = change.password ? await hashPassword(change.password) : null
      return inTransaction(async (repo) => {
        const current = await repo.findUser(userId, true)
        if (!current) throw new NotFoundError(MESSAGES.userNotFound(userId))
        const next: UserFields = {
          displayName: change.displayName ?? current.displayName,
          role: change.role ?? current.role,
          organisationId:
            change.organisationId === undefined ? (current.organisation?.id ?? null) : change.organisationId,
          disabled: change.disabled ?? current.disabled,
          passwordHash,
        }
        checkChange(actor, current, next)
        if (next.organisationId && next.organisationId !== current.organisation?.id) {
          await requireOrganisation(repo, next.organisationId)
        }
        await repo.updateUser(userId, next)
        if ((next.disabled && !current.disabled) || passwordHash) await repo.deleteUserSessions(userId)
        return reload(repo, userId)
      })
    },
  }
}

export type UsersService = ReturnType<typeof createUsersService>
