import { LoginRequestSchema, type User } from '@heritage-watch/shared'
import { verifyDummyPassword, verifyPassword } from '../../auth/passwords.ts'
import { looksLikeSessionToken, randomSecret, tokenDigest } from '../../auth/tokens.ts'
import type { AccountsDependencies } from '../../db/accounts-repo.ts'
import { UnauthorizedError } from '../../errors.ts'
import { type Authentication, refused } from './authentication.ts'
import { parseInput } from './input.ts'
import { ACCOUNT_MESSAGES as MESSAGES } from './messages.ts'

/** A session just opened: the secrets go to the client once, the database keeps the token's digest. */
export interface OpenedSession {
  user: User
  sessionToken: string
  csrfToken: string
  expiresAt: Date
}

/** Login, logout and the session lookup behind the `hw_session` cookie. */
export function createSessionsService(
  { repo: reads, inTransaction: write }: AccountsDependencies,
  options: { ttlHours: number },
) {
  return {
    /**
     * Checks the password and opens a session. An unknown email costs one dummy verification, so that
     * timing does not tell which emails exist. `previousTokenHash`, the session the request came with,
     * is ended in the same transaction.
     * @throws ValidationError for a malformed body; UnauthorizedError for wrong credentials or a
     *   disabled account
     */
    async login(body: unknown, previousTokenHash?: string): Promise<OpenedSession> {
      const { email, password } = parseInput(LoginRequestSchema, body)
      const found = await reads.findCredentials(email)
      if (!found) {
        await verifyDummyPassword(password)
        throw new UnauthorizedError(MESSAGES.wrongCredentials, 'credentials_wrong')
      }
      if (!(await verifyPassword(found.passwordHash, password))) {
        throw new UnauthorizedError(MESSAGES.wrongCredentials, 'credentials_wrong')
      }
      // Said only to someone who knows the password, so it reveals nothing to a guesser.
      if (found.user.disabled) throw new UnauthorizedError(MESSAGES.accountDisabled, 'account_disabled')
      const sessionToken = randomSecret()
      const csrfToken = randomSecret()
      const expiresAt = await write(async (repo) => {
        // Expired rows are swept here rather than by a timer: logins are when sessions pile up.
        await repo.deleteExpiredSessions()
        if (previousTokenHash) await repo.deleteSession(previousTokenHash)
        return repo.insertSession(tokenDigest(sessionToken), found.user.id, csrfToken, options.ttlHours)
      })
      return { user: found.user, sessionToken, csrfToken, expiresAt }
    },

    /** Ends a session for good: its row is deleted, so the old cookie no longer opens anything. */
    async logout(tokenHash: string): Promise<void> {
      await write((repo) => repo.deleteSession(tokenHash))
    },

    /**
     * Who a session cookie belongs to.
     * @returns the session, or `anonymous` with the reason it was refused (unknown, expired, disabled)
     */
    async authenticate(sessionToken: string): Promise<Authentication> {
      if (!looksLikeSessionToken(sessionToken)) return refused(MESSAGES.sessionUnknown)
      const tokenHash = tokenDigest(sessionToken)
      const found = await reads.findSession(tokenHash)
      if (!found) return refused(MESSAGES.sessionUnknown)
      if (found.ended) {
        await write((repo) => repo.deleteSession(tokenHash))
        return refused(MESSAGES.sessionExpired)
      }
      if (found.user.disabled) return refused(MESSAGES.accountDisabled)
      // last_seen_at is written at most once a minute, not on every request (tiles come by dozens).
      if (found.stale) await write((repo) => repo.touchSession(tokenHash))
      return { kind: 'session', user: found.user, tokenHash, csrfToken: found.csrfToken }
    },
  }
}
