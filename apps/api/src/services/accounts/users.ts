import {
  type AccountRole,
  PARTNER_NEEDS_ORGANISATION,
  type User,
  UserCreateRequestSchema,
  type UserList,
  UserUpdateRequestSchema,
} from '@heritage-watch/shared'
import { hashPassword } from '../../auth/passwords.ts'
import type { AccountsDependencies, AccountsRepo, UserFields } from '../../db/accounts-repo.ts'
import { ConflictError, type InvalidParam, NotFoundError, ValidationError } from '../../errors.ts'
import { isUniqueViolation, parseId, parseInput } from './input.ts'
import { snapshot } from './account-log.ts'
import { keepAnAdmin } from './admin-rules.ts'
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
function checkChange(admin: User, current: User, next: UserFields): void {
  const problems: InvalidParam[] = []
  if (next.role === 'partner' && !next.organisationId) {
    problems.push({ name: 'organisationId', reason: PARTNER_NEEDS_ORGANISATION })
  }
  const self = admin.id === current.id
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

    /**
     * Creates an account, and logs who did.
     * @throws ValidationError naming each bad field; ConflictError when the email is taken
     */
    async create(admin: User, body: unknown): Promise<User> {
      const { password, organisationId, ...input } = parseInput(UserCreateRequestSchema, body)
      // Hashed before the transaction opens: the CPU time need not hold a connection.
      const passwordHash = await hashPassword(password)
      const user = { ...input, organisationId: organisationId ?? null, passwordHash }
      return inTransaction(async (repo) => {
        const created = await insertUser(repo, user)
        const after = snapshot(created)
        await repo.insertAccountEvent({
          action: 'user-created',
          actor: admin,
          target: created,
          before: null,
          after,
        })
        return created
      })
    },

    /**
     * Changes an account; omitted fields keep their value. Disabling it or resetting its password ends
     * its open sessions in the same transaction, and the change is logged with the fields before/after.
     * @throws ValidationError naming the field (a partner without organisation, an admin disabling or
     *   demoting themself, the last active admin...); NotFoundError when no user has this id;
     *   ConflictError when the new email is another account's
     */
    async update(admin: User, id: unknown, body: unknown): Promise<User> {
      const userId = parseId(id)
      const change = parseInput(UserUpdateRequestSchema, body)
      const passwordHash = change.password ? await hashPassword(change.password) : null
      return inTransaction(async (repo) => {
        // The active admins are locked first, in one order (by id), whenever the change could take one
        // away: two admins demoting each other at once are then taken in turn, never deadlocked.
        const touchesAdmins = change.role !== undefined || change.disabled !== undefined
        const activeAdmins = touchesAdmins ? await repo.lockActiveAdmins() : []
        const current = await repo.findUser(userId, true)
        if (!current) throw new NotFoundError(MESSAGES.userNotFound(userId))
        const next: UserFields = {
          email: change.email ?? current.email,
          displayName: change.displayName ?? current.displayName,
          role: change.role ?? current.role,
          organisationId:
            change.organisationId === undefined ? (current.organisation?.id ?? null) : change.organisationId,
          disabled: change.disabled ?? current.disabled,
          passwordHash,
        }
        checkChange(admin, current, next)
        keepAnAdmin(activeAdmins, current, next)
        if (next.organisationId && next.organisationId !== current.organisation?.id) {
          await requireOrganisation(repo, next.organisationId)
        }
        // Checked first, as at creation (insertUser), for PGlite's sake.
        if (next.email !== current.email && (await repo.emailTaken(next.email, userId))) {
          throw new ConflictError(MESSAGES.emailTaken(next.email))
        }
        await repo.updateUser(userId, next)
        if ((next.disabled && !current.disabled) || passwordHash) await repo.deleteUserSessions(userId)
        const updated = await reload(repo, userId)
        const [before, after] = [snapshot(current), snapshot(updated)]
        await repo.insertAccountEvent({
          action: 'user-updated',
          actor: admin,
          target: updated,
          before,
          after,
        })
        return updated
      })
    },
  }
}

export type UsersService = ReturnType<typeof createUsersService>
