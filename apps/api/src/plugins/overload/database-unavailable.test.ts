import { describe, expect, it } from 'vitest'
import { ServiceUnavailableError } from '../../errors.ts'
import { databaseUnavailable } from './database-unavailable.ts'

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('databaseUnavailable', () => {
  it('turns a statement timeout, a saturated or lost server into a 503 with Retry-After', () => {
    const timeout = databaseUnavailable(withCode('57014', 'canceling statement due to statement timeout'))
    expect(timeout).toBeInstanceOf(ServiceUnavailableError)
    expect(timeout?.message).toMatch(/statement timeout/)
    expect(timeout?.retryAfterSeconds).toBeGreaterThan(0)
    for (const code of ['53300', '57P01', '57P03', '08006', 'ECONNREFUSED', 'ECONNRESET'])
      expect(databaseUnavailable(withCode(code)), code).toBeInstanceOf(ServiceUnavailableError)
  })

  it('recognises pg and pg-pool timeouts, which carry no code', () => {
    for (const message of [
      'timeout exceeded when trying to connect',
      'Connection terminated due to connection timeout',
      'Connection terminated unexpectedly',
      'Query read timeout',
    ])
      expect(databaseUnavailable(new Error(message)), message).toBeInstanceOf(ServiceUnavailableError)
  })

  it('leaves other errors alone', () => {
    expect(databaseUnavailable(withCode('23505', 'duplicate key'))).toBeUndefined()
    expect(databaseUnavailable(withCode('42P01', 'relation does not exist'))).toBeUndefined()
    expect(databaseUnavailable(new TypeError('x is undefined'))).toBeUndefined()
    expect(databaseUnavailable(undefined)).toBeUndefined()
  })
})
