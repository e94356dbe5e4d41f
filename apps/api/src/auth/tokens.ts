import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

// Secrets are 32 random bytes (256 bits) in base64url: too many to guess, so a fast SHA-256 digest is
// enough to store them (argon2 is for passwords, which people choose and which can be guessed).

/** Prefix of personal API tokens: it lets secret scanners and people recognise one. */
const API_TOKEN_PREFIX = 'hw_'
const API_TOKEN_PATTERN = /^hw_[\w-]{43}$/
const SESSION_TOKEN_PATTERN = /^[\w-]{43}$/

/** A fresh random secret: 32 bytes as 43 base64url characters. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url')
}

/** A new personal API token, `hw_` followed by a random secret. */
export function newApiToken(): string {
  return API_TOKEN_PREFIX + randomSecret()
}

/**
 * The digest stored in place of a session or API token.
 * @returns 64 lower-case hex characters
 */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Whether a string has the shape of an API token; anything else is refused before the database. */
export function looksLikeApiToken(value: string): boolean {
  return API_TOKEN_PATTERN.test(value)
}

/** Whether a cookie value has the shape of a session token. */
export function looksLikeSessionToken(value: string): boolean {
  return SESSION_TOKEN_PATTERN.test(value)
}

/** Compares two secrets in constant time, so the answer's timing does not tell how much matched. */
export function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8')
  const b = Buffer.from(expected, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}
