import { describe, expect, it } from 'vitest'
import { metricsAccess } from './metrics-access.ts'

// Synthetic token of the test.
const TOKEN = 'metrics-token-of-the-unit-test-000'

describe('metricsAccess', () => {
  it('lets a direct loopback client in, IPv4 or IPv6, with or without a configured token', () => {
    for (const ip of ['127.0.0.1', '127.0.0.53', '::1', '::ffff:127.0.0.1'])
      for (const token of [undefined, TOKEN])
        expect(metricsAccess({ ip, authorization: undefined, forwarded: false }, token)).toBe('allowed')
  })

  it('hides from other addresses and from requests a proxy relayed', () => {
    for (const ip of ['10.0.0.2', '203.0.113.9', '::ffff:10.0.0.2', '1127.0.0.1'])
      expect(metricsAccess({ ip, authorization: undefined, forwarded: false }, TOKEN)).toBe('hidden')
    expect(metricsAccess({ ip: '127.0.0.1', authorization: undefined, forwarded: true }, TOKEN)).toBe(
      'hidden',
    )
  })

  it('lets the right bearer token in from anywhere, refuses a wrong one, and any one when none is configured', () => {
    const from = (authorization: string) => ({ ip: '203.0.113.9', authorization, forwarded: true })
    expect(metricsAccess(from(`Bearer ${TOKEN}`), TOKEN)).toBe('allowed')
    expect(metricsAccess(from(`bearer ${TOKEN}`), TOKEN)).toBe('allowed')
    expect(metricsAccess(from(`Bearer ${TOKEN}x`), TOKEN)).toBe('forbidden')
    expect(metricsAccess(from(`Bearer ${TOKEN}`), undefined)).toBe('forbidden')
    // A wrong token is refused even from the loopback: it was sent on purpose.
    expect(metricsAccess({ ip: '127.0.0.1', authorization: 'Bearer nope', forwarded: false }, TOKEN)).toBe(
      'forbidden',
    )
  })
})
