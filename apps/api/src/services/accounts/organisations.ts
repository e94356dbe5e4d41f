import {
  type Organisation,
  OrganisationCreateRequestSchema,
  type OrganisationList,
} from '@heritage-watch/shared'
import type { AccountsDependencies, AccountsRepo } from '../../db/accounts-repo.ts'
import { ConflictError, ValidationError } from '../../errors.ts'
import { isUniqueViolation, parseInput } from './input.ts'
import { ACCOUNT_MESSAGES as MESSAGES } from './messages.ts'

/**
 * Inserts an organisation in the caller's transaction.
 * @throws ConflictError when the name is taken, whatever its case
 */
export async function insertOrganisation(repo: AccountsRepo, name: string): Promise<Organisation> {
  // Checked first for PGlite's sake, as for emails (users.ts insertUser).
  if (await repo.findOrganisation({ name })) throw new ConflictError(MESSAGES.organisationTaken(name))
  try {
    return await repo.insertOrganisation(name)
  } catch (error) {
    if (isUniqueViolation(error, 'organisation_name_key'))
      throw new ConflictError(MESSAGES.organisationTaken(name))
    throw error
  }
}

/**
 * Checks that an organisation exists, in the caller's transaction.
 * @throws ValidationError naming `organisationId` when none has this id
 */
export async function requireOrganisation(repo: AccountsRepo, id: string): Promise<void> {
  if (!(await repo.findOrganisation({ id }))) {
    throw new ValidationError([{ name: 'organisationId', reason: MESSAGES.organisationUnknown(id) }])
  }
}

/** The organisations partners belong to (admins only: the routes ask the policy). */
export function createOrganisationsService({ repo, inTransaction }: AccountsDependencies) {
  return {
    /** Every organisation, by name. */
    async list(): Promise<OrganisationList> {
      return { organisations: await repo.listOrganisations() }
    },
    /** @throws ValidationError naming `name`; ConflictError when the name is taken */
    async create(body: unknown): Promise<Organisation> {
      const { name } = parseInput(OrganisationCreateRequestSchema, body)
      return inTransaction((transaction) => insertOrganisation(transaction, name))
    },
  }
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>
