import { describe, expect, it } from 'vitest'
import { DEFAULT_ACCOUNT_SECURITY_CONFIG, loginLimits } from './config-accounts.ts'
import { loadConfig } from './config.ts'

describe('account-security settings', () => {
  it('default to 30 idle minutes, 10 failures per email and 30 per address in 15 minutes, 24 h links', () => {
    const config = loadConfig({})
    expect(config.SESSION_IDLE_MINUTES).toBe(30)
    expect(loginLimits(config)).toEqual({ windowMinutes: 15, maxPerEmail: 10, maxPerAddress: 30 })
    expect(config.PASSWORD_RESET_HOURS).toBe(24)
    expect(DEFAULT_ACCOUNT_SECURITY_CONFIG).toMatchObject({
      SESSION_IDLE_MINUTES: 30,
      PASSWORD_RESET_HOURS: 24,
    })
  })

  it('reads them from the environment and names a bad one', () => {
    expect(loadConfig({ LOGIN_MAX_FAILURES_PER_ADDRESS: '50' }).LOGIN_MAX_FAILURES_PER_ADDRESS).toBe(50)
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/)
    expect(() => loadConfig({ LOGIN_WINDOW_MINUTES: 'soon' })).toThrow(/LOGIN_WINDOW_MINUTES/)
  })
})
