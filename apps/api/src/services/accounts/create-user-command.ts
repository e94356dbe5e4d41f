import {
  AccountRoleSchema,
  DisplayNameSchema,
  EmailSchema,
  NewPasswordSchema,
  OrganisationNameSchema,
  PARTNER_NEEDS_ORGANISATION,
  type User,
} from '@heritage-watch/shared'
import type pg from 'pg'
import { z } from 'zod'
import { hashPassword } from '../../auth/passwords.ts'
import { inAccountsTransaction } from '../../db/accounts-repo.ts'
import { parseInput } from './input.ts'
import { insertOrganisation } from './organisations.ts'
import { insertUser } from './users.ts'

/** The options of `npm run user:create`, named as on the command line so that errors name the flag. */
export const CreateUserCommandSchema = z
  .strictObject({
    role: AccountRoleSchema,
    email: EmailSchema,
    name: DisplayNameSchema,
    organisation: OrganisationNameSchema.optional(),
    password: NewPasswordSchema,
  })
  .refine((input) => input.role !== 'partner' || input.organisation, {
    path: ['organisation'],
    message: PARTNER_NEEDS_ORGANISATION,
  })

/** What the command did. */
export interface CreatedByCommand {
  user: User
  /** The organisation named by --organisation did not exist and was created with the user. */
  organisationCreated: boolean
}

/**
 * Creates an account from the command line, where there is no admin yet to create it. A named
 * organisation is found without regard to case, or created when missing: the command is how the first
 * partner's organisation comes to exist. Both rows are written in one transaction.
 * @throws ValidationError naming each bad option; ConflictError when the email is taken
 */
export async function createUserFromCommand(pool: pg.Pool, options: unknown): Promise<CreatedByCommand> {
  const input = parseInput(CreateUserCommandSchema, options)
  const passwordHash = await hashPassword(input.password)
  return inAccountsTransaction(pool, async (repo) => {
    const named = input.organisation
    const existing = named ? await repo.findOrganisation({ name: named }) : undefined
    const organisation = existing ?? (named ? await insertOrganisation(repo, named) : undefined)
    const user = await insertUser(repo, {
      email: input.email,
      displayName: input.name,
      role: input.role,
      organisationId: organisation?.id ?? null,
      passwordHash,
    })
    return { user, organisationCreated: Boolean(named && !existing) }
  })
}
