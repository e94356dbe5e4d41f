import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { retryDelay } from './notification-worker.ts'
import { signature, webhookUrlProblem } from './webhook.ts'

describe('webhook URLs', () => {
  it('takes https anywhere, and plain http to the loopback only when allowed', () => {
    expect(webhookUrlProblem('https://hooks.example.org/x', false)).toBeUndefined()
    expect(webhookUrlProblem('http://127.0.0.1:8080/x', false)).toBe('must be https')
    expect(webhookUrlProblem('http://127.0.0.1:8080/x', true)).toBeUndefined()
    expect(webhookUrlProblem('http://[::1]/x', true)).toBeUndefined()
    expect(webhookUrlProblem('http://hooks.example.org/x', true)).toBe(
      'must be https (or http on the loopback)',
    )
    expect(webhookUrlProblem('http://127.0.0.1.example.org/x', true)).toBeDefined()
  })
})

describe('webhook signatures', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<body>", which any receiver can recompute', () => {
    const expected = createHmac('sha256', 'secret of sixteen+').update('1700000000.{"a":1}').digest('hex')
    expect(signature('secret of sixteen+', '1700000000', '{"a":1}')).toBe(`sha256=${expected}`)
    expect(signature('secret of sixteen+', '1700000001', '{"a":1}')).not.toBe(`sha256=${expected}`)
  })
})

describe('retry delays', () => {
  it('double from the base after each failed attempt, and are bounded', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, 60_000))).toEqual([
      60_000, 120_000, 240_000, 480_000,
    ])
    expect(retryDelay(30, 60_000)).toBe(6 * 3600_000)
  })
})
