import { describe, expect, it } from 'vitest'
import { redactUrl } from './safe-logging.ts'

describe('redactUrl', () => {
  it('blanks the values of secret query parameters, whatever their case or place', () => {
    expect(redactUrl('/alerts/feed.atom?token=hw_abc')).toBe('/alerts/feed.atom?token=[redacted]')
    expect(redactUrl('/x?limit=5&Reset_Token=abc&f=json')).toBe('/x?limit=5&Reset_Token=[redacted]&f=json')
    expect(redactUrl('/x?password=p&api%5Fkey=k')).toBe('/x?password=[redacted]&api%5Fkey=[redacted]')
  })

  it('blanks anything shaped like an API token, in the path or an innocent parameter', () => {
    const token = `hw_${'a'.repeat(43)}`
    expect(redactUrl(`/reset/${token}`)).toBe('/reset/[redacted]')
    expect(redactUrl(`/x?q=${token}`)).toBe('/x?q=[redacted]')
    expect(redactUrl(`/x?${token}`)).toBe('/x?[redacted]')
  })

  it('leaves ordinary URLs alone', () => {
    for (const url of ['/', '/collections/terrils/items?limit=10&bbox=2.5,50.3,2.6,50.4', '/x?a=1&b', '/x?'])
      expect(redactUrl(url)).toBe(url)
  })
})
