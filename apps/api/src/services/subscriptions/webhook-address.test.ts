import { describe, expect, it } from 'vitest'
import { isForbiddenAddress, webhookAddressProblem } from './webhook-address.ts'

describe('webhook addresses', () => {
  it('refuses private, loopback, link-local and unique-local addresses, and takes public ones', () => {
    for (const address of [
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '127.0.0.1',
      '0.0.0.0',
    ])
      expect(isForbiddenAddress(address, false), address).toBe(true)
    for (const address of ['::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1'])
      expect(isForbiddenAddress(address, false), address).toBe(true)
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])
      expect(isForbiddenAddress(address, false), address).toBe(false)
  })

  it('lets the loopback through only when the configuration allows it, never the rest of a private range', () => {
    expect(isForbiddenAddress('127.0.0.1', true)).toBe(false)
    expect(isForbiddenAddress('::1', true)).toBe(false)
    expect(isForbiddenAddress('10.0.0.1', true)).toBe(true)
  })

  it('checks what a host name resolves to, and says why it refuses', async () => {
    await expect(webhookAddressProblem('https://localhost/hook', false)).resolves.toMatch(/private address/)
    await expect(webhookAddressProblem('http://127.0.0.1:9/hook', true)).resolves.toBeUndefined()
    await expect(webhookAddressProblem('https://[fd00::5]/hook', false)).resolves.toMatch(/fd00::5/)
    await expect(webhookAddressProblem('https://no-such-host.invalid/hook', false)).resolves.toMatch(
      /does not resolve/,
    )
  })
})
