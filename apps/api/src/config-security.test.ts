import { describe, expect, it } from 'vitest'
import { loadConfig } from './config.ts'

describe('security settings', () => {
  it('trust no proxy, send HSTS for 180 days over HTTPS and close /metrics to a token by default', () => {
    const config = loadConfig({})
    expect(config.TRUST_PROXY).toBe(false)
    expect(config.HSTS_MAX_AGE_SECONDS).toBe(15_552_000)
    expect(config.METRICS_TOKEN).toBeUndefined()
  })

  it('read TRUST_PROXY as a boolean, a hop count or addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true)
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).TRUST_PROXY).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ])
    const hops = loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY as (address: string, hop: number) => boolean
    expect([hops('10.0.0.1', 0), hops('10.0.0.1', 1)]).toEqual([true, false])
  })

  it('refuse a malformed TRUST_PROXY and a short METRICS_TOKEN, naming them', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY/)
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/)
  })
})
