import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error.ts'
import { READ_RETRIES, readRetryDelay, shouldRetryRead } from './query-client.ts'

describe('shouldRetryRead', () => {
  it('tries a read again when the API did not answer or failed on its side', () => {
    expect(shouldRetryRead(0, new ApiError('network', 'no answer'))).toBe(true)
    expect(shouldRetryRead(1, new ApiError('http', 'HTTP 503', 503))).toBe(true)
    expect(shouldRetryRead(0, new TypeError('failed to fetch'))).toBe(true)
  })

  it('does not ask again what the API refused or answered outside the contract', () => {
    expect(shouldRetryRead(0, new ApiError('http', 'HTTP 404', 404))).toBe(false)
    expect(shouldRetryRead(0, new ApiError('http', 'HTTP 401', 401))).toBe(false)
    expect(shouldRetryRead(0, new ApiError('contract', 'unexpected answer', 200))).toBe(false)
  })

  it('stops after READ_RETRIES', () => {
    expect(shouldRetryRead(READ_RETRIES, new ApiError('network', 'no answer'))).toBe(false)
  })
})

describe('readRetryDelay', () => {
  it('waits what the API asked in Retry-After, at most 30 s', () => {
    const shed = new ApiError('http', 'busy', 503, undefined, undefined, 5)
    expect(readRetryDelay(0, shed)).toBe(5_000)
    expect(readRetryDelay(0, new ApiError('http', 'busy', 503, undefined, undefined, 120))).toBe(30_000)
  })

  it('doubles the pause otherwise', () => {
    expect(readRetryDelay(0, new ApiError('network', 'no answer'))).toBe(1_000)
    expect(readRetryDelay(2, new ApiError('http', 'HTTP 502', 502))).toBe(4_000)
  })
})
