import { describe, expect, it } from 'vitest'
import {
  looksLikeApiToken,
  looksLikeSessionToken,
  newApiToken,
  randomSecret,
  secretsEqual,
  tokenDigest,
} from './tokens.ts'

describe('secrets and tokens', () => {
  it('makes 256-bit base64url secrets, never twice the same', () => {
    const secrets = new Set(Array.from({ length: 100 }, randomSecret))
    expect(secrets.size).toBe(100)
    for (const secret of secrets) {
      expect(secret).toMatch(/^[\w-]{43}$/)
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32)
      expect(looksLikeSessionToken(secret)).toBe(true)
    }
  })

  it('prefixes API tokens with hw_ and recognises only that shape', () => {
    const token = newApiToken()
    expect(token).toMatch(/^hw_[\w-]{43}$/)
    expect(looksLikeApiToken(token)).toBe(true)
    expect(looksLikeApiToken(token.slice(3))).toBe(false)
    expect(looksLikeApiToken(`${token}x`)).toBe(false)
    expect(looksLikeApiToken('hw_' + '!'.repeat(43))).toBe(false)
  })

  it('stores the SHA-256 digest in hex', () => {
    // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    expect(tokenDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('compares secrets exactly, whatever their lengths', () => {
    expect(secretsEqual('same', 'same')).toBe(true)
    expect(secretsEqual('same', 'Same')).toBe(false)
    expect(secretsEqual('short', 'longer one')).toBe(false)
    expect(secretsEqual('', 'x')).toBe(false)
  })
})
