import { type ApiTokenCreated, ApiTokenCreateRequestSchema, type ApiTokenList } from '@heritage-watch/shared'
import { looksLikeApiToken, newApiToken, tokenDigest } from '../../auth/tokens.ts'
import type { AccountsDependencies } from '../../db/accounts-repo.ts'
import { NotFoundError } from '../../errors.ts'
import { type Authentication, refused } from './authentication.ts'
import { parseId, parseInput } from './input.ts'
import { ACCOUNT_MESSAGES as MESSAGES } from './messages.ts'

/** Personal API tokens: created, listed and revoked by their owner; checked on every Bearer request. */
export function createApiTokensService({ repo: reads, inTransaction: write }: AccountsDependencies) {
  return {
    /**
     * Creates a token for `userId`. Its secret is in this answer only; the database keeps a digest.
     * @throws ValidationError naming `name`
     */
    async create(userId: string, body: unknown): Promise<ApiTokenCreated> {
      const { name } = parseInput(ApiTokenCreateRequestSchema, body)
      const token = newApiToken()
      const stored = await write((repo) => repo.insertApiToken(userId, name, tokenDigest(token)))
      return { ...stored, token }
    },

    /** The user's tokens, newest first, revoked ones included; never a secret. */
    async list(userId: string): Promise<ApiTokenList> {
      return { tokens: await reads.listApiTokens(userId) }
    },

    /**
     * Revokes one of the user's tokens, at once. Revoking a revoked token is not an error.
     * @throws ValidationError for a malformed id; NotFoundError when the user has no such token
     */
    async revoke(userId: string, id: unknown): Promise<void> {
      const tokenId = parseId(id)
      if (!(await write((repo) => repo.revokeApiToken(tokenId, userId)))) {
        throw new NotFoundError(MESSAGES.tokenNotFound(tokenId))
      }
    },

    /**
     * Who a Bearer token belongs to.
     * @returns the token's authentication, or `anonymous` with the reason it was refused
     */
    async authenticate(token: string): Promise<Authentication> {
      if (!looksLikeApiToken(token)) return refused(MESSAGES.tokenInvalid)
      const found = await reads.findApiToken(tokenDigest(token))
      if (!found) return refused(MESSAGES.tokenInvalid)
      if (found.ended) return refused(MESSAGES.tokenRevoked)
      if (found.user.disabled) return refused(MESSAGES.accountDisabled)
      if (found.stale) await write((repo) => repo.touchApiToken(found.tokenId))
      return { kind: 'token', user: found.user, tokenId: found.tokenId }
    },
  }
}

export type ApiTokensService = ReturnType<typeof createApiTokensService>
