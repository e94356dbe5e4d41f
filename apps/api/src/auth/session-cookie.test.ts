import { describe, expect, it } from 'vitest'
import { isCookieSecure, loadConfig } from '../config.ts'

describe('session cookie settings', () => {
  it('is Secure exactly when the public URL is https, unless COOKIE_SECURE says otherwise', () => {
    expect(isCookieSecure(loadConfig({}))).toBe(false)
    expect(isCookieSecure(loadConfig({ PUBLIC_URL: 'http://localhost:3000' }))).toBe(false)
    expect(isCookieSecure(loadConfig({ PUBLIC_URL: 'https://heritage-watch.example.org' }))).toBe(true)
    expect(isCookieSecure(loadConfig({ COOKIE_SECURE: 'true' }))).toBe(true)
    expect(isCookieSecure(loadConfig({ PUBLIC_URL: 'https://hw.example.org', COOKIE_SECURE: 'false' }))).toBe(
      false,
    )
    expect(() => loadConfig({ COOKIE_SECURE: 'yes' })).toThrow(/COOKIE_SECURE/)
  })

  it('lasts 12 hours unless SESSION_TTL_HOURS says otherwise, within 30 days', () => {
    expect(loadConfig({}).SESSION_TTL_HOURS).toBe(12)
    expect(loadConfig({ SESSION_TTL_HOURS: '0.5' }).SESSION_TTL_HOURS).toBe(0.5)
    expect(() => loadConfig({ SESSION_TTL_HOURS: '0' })).toThrow(/SESSION_TTL_HOURS/)
    expect(() => loadConfig({ SESSION_TTL_HOURS: '1000' })).toThrow(/SESSION_TTL_HOURS/)
  })
})
