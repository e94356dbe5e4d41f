import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'
import { concurrencyLimitOptions, DEFAULT_OVERLOAD_CONFIG, servingPoolTimeouts } from './config-overload.ts'

describe('overload settings', () => {
  it('has defaults for a 2-core machine, the pressure guard off', () => {
    const config = loadConfig({})
    expect(config.CONCURRENCY_HEAVY).toBe(2)
    expect(config.CONCURRENCY_LIGHT).toBe(32)
    expect(config.DB_STATEMENT_TIMEOUT_MS).toBe(15_000)
    expect(config.PRESSURE_MAX_EVENT_LOOP_DELAY_MS).toBe(0)
  })

  it('refuses a limit of zero, naming the variable', () => {
    expect(() => loadConfig({ CONCURRENCY_HEAVY: '0' })).toThrow(ConfigError)
    expect(() => loadConfig({ CONCURRENCY_HEAVY: '0' })).toThrow(/CONCURRENCY_HEAVY/)
  })

  it('leaves the server a head start: the client-side query timeout comes after statement_timeout', () => {
    const timeouts = servingPoolTimeouts({ ...DEFAULT_OVERLOAD_CONFIG, DB_STATEMENT_TIMEOUT_MS: 1_000 })
    expect(timeouts.statementTimeoutMs).toBe(1_000)
    expect(timeouts.queryTimeoutMs).toBeGreaterThan(1_000)
    expect(
      servingPoolTimeouts({ ...DEFAULT_OVERLOAD_CONFIG, DB_STATEMENT_TIMEOUT_MS: 0 }).queryTimeoutMs,
    ).toBe(0)
  })

  it('gives each class its own queue wait', () => {
    const options = concurrencyLimitOptions(DEFAULT_OVERLOAD_CONFIG)
    expect(options.heavy.queueWaitMs).toBeGreaterThan(options.light.queueWaitMs)
  })
})
