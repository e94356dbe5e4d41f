import { z } from 'zod'
import type { LoginLimits } from './db/account-security-repo.ts'

const whole = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback)

/**
 * The account-security settings (issue 13 §4, docs/architecture.md §36), part of config.ts's schema.
 * The login limits count failures in the database, so they hold across restarts and instances.
 */
export const ACCOUNT_SECURITY_SETTINGS = {
  /** A session unused this long ends (its absolute lifetime, SESSION_TTL_HOURS, still holds). */
  SESSION_IDLE_MINUTES: whole(30, 24 * 60),
  /** The window in which login failures are counted. */
  LOGIN_WINDOW_MINUTES: whole(15, 24 * 60),
  /** Failures for one email in the window before its logins get 429 (typos pass, guessing does not). */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: whole(10, 1000),
  /**
   * Failures from one address in the window before its logins get 429: spraying many emails from one
   * address. Three accounts' worth of failures, so that an office behind one NAT address is not locked
   * out by a few people's typos; behind a proxy, set trustProxy or every client shares its address.
   */
  LOGIN_MAX_FAILURES_PER_ADDRESS: whole(30, 100_000),
  /** How long a password-reset link works. */
  PASSWORD_RESET_HOURS: whole(24, 24 * 14),
}

type AccountSecurityConfig = { [Key in keyof typeof ACCOUNT_SECURITY_SETTINGS]: number }

/** Every default, for callers that give none (tests, browser suites). */
export const DEFAULT_ACCOUNT_SECURITY_CONFIG: AccountSecurityConfig = z
  .object(ACCOUNT_SECURITY_SETTINGS)
  .parse({})

/** The login limits of a configuration. */
export function loginLimits(config: AccountSecurityConfig): LoginLimits {
  return {
    windowMinutes: config.LOGIN_WINDOW_MINUTES,
    maxPerEmail: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    maxPerAddress: config.LOGIN_MAX_FAILURES_PER_ADDRESS,
  }
}

export type { AccountSecurityConfig }
