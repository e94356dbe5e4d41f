import { LoginRequestSchema, type User } from '@heritage-watch/shared'
import { verifyDummyPassword, verifyPassword } from '../../auth/passwords.ts'
import { looksLikeSessionToken, randomSecret, tokenDigest } from '../../auth/tokens.ts'
import type { LoginLimits } from '../../db/account-security-repo.ts'
import type { AccountsDependencies } from '../../db/accounts-repo.ts'
import { TooManyRequestsError, UnauthorizedError } from '../../errors.ts'
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

/** Where a login attempt comes from, for the limits and the log. */
export interface LoginClient {
  address: string
  userAgent: string | null
}

/** The session settings: absolute lifetime, idle timeout, login limits. */
export interface SessionSettings {
  ttlHours: number
  idleMinutes: number
  loginLimits: LoginLimits
}

/** Login, logout and the session lookup behind the `hw_session` cookie. */
export function createSessionsService(
  { repo: reads, inTransaction: write }: AccountsDependencies,
  options: SessionSettings,
) {
  return {
    /**
     * Checks the login limits, then the password, and opens a session; every attempt is logged. An
     * unknown email costs one dummy verification and counts against the limits like a known one, so
     * that neither timing nor answers tell which emails exist. `previousTokenHash`, the session the
     * request came with, is ended in the same transaction.
     * @throws ValidationError for a malformed body; TooManyRequestsError while a limit holds;
     *   UnauthorizedError for wrong credentials or a disabled account
     */
    async login(body: unknown, client: LoginClient, previousTokenHash?: string): Promise<OpenedSession> {
      const { email, password } = parseInput(LoginRequestSchema, body)
      const attempt = { email, address: client.address, userAgent: client.userAgent }
      const log = (outcome: 'failure' | 'locked', userId: string | null = null) =>
        write((repo) => repo.insertLoginEvent({ ...attempt, outcome, userId }))
      const locks = await reads.loginLocks(email, client.address, options.loginLimits)
      if (locks.email !== null || locks.address !== null) {
        // A locked attempt checks no password and does not count: the lock lifts when it said it would.
        await log('locked')
        const seconds = Math.max(1, locks.email ?? 0, locks.address ?? 0)
        throw new TooManyRequestsError(MESSAGES.tooManyAttempts(seconds), 'too_many_attempts', seconds)
      }
      const found = await reads.findCredentials(email)
      if (!found) {
        await verifyDummyPassword(password)
        await log('failure')
        throw new UnauthorizedError(MESSAGES.wrongCredentials, 'credentials_wrong')
      }
      if (!(await verifyPassword(found.passwordHash, password))) {
        await log('failure', found.user.id)
        throw new UnauthorizedError(MESSAGES.wrongCredentials, 'credentials_wrong')
      }
      // Said only to someone who knows the password, so it reveals nothing to a guesser.
      if (found.user.disabled) {
        await log('failure', found.user.id)
        throw new UnauthorizedError(MESSAGES.accountDisabled, 'account_disabled')
      }
      const sessionToken = randomSecret()
      const csrfToken = randomSecret()
      const expiresAt = await write(async (repo) => {
        // Expired rows are swept here rather than by a timer: logins are when sessions pile up.
        await repo.deleteExpiredSessions(options.idleMinutes)
        if (previousTokenHash) await repo.deleteSession(previousTokenHash)
        await repo.insertLoginEvent({ ...attempt, outcome: 'success', userId: found.user.id })
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
      const found = await reads.findSession(tokenHash, options.idleMinutes)
      if (!found) return refused(MESSAGES.sessionUnknown)
      if (found.ended) {
        await write((repo) => repo.deleteSession(tokenHash))
        return refused(MESSAGES.sessionExpired)
      }
      if (found.user.disabled) return refused(MESSAGES.accountDisabled)
      // last_seen_at is written at most once a minute, not on every request (tiles come by dozens); the
      // idle timeout is counted from it. API tokens are not sessions and have no idle timeout.
      if (found.stale) await write((repo) => repo.touchSession(tokenHash))
      return { kind: 'session', user: found.user, tokenHash, csrfToken: found.csrfToken }
    },
  }
}
