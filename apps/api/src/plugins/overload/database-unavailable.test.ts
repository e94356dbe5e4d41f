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

  it('looks inside wrapped errors: AggregateError (localhost: ::1, then 127.0.0.1) and cause', () => {
    const refused = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'x')
    expect(databaseUnavailable(refused)).toBeInstanceOf(ServiceUnavailableError)
    const wrapped = new Error('load failed', { cause: withCode('57014') })
    expect(databaseUnavailable(wrapped)?.message).toMatch(/statement timeout/)
    expect(databaseUnavailable(new Error('x', { cause: withCode('23505') }))).toBeUndefined()
    const cycle: Error & { cause?: unknown } = new Error('x')
    cycle.cause = cycle
    expect(databaseUnavailable(cycle)).toBeUndefined()
  })

  it('maps a query on a pool ended by a graceful stop, and the timeout of queryWithin', () => {
    for (const message of [
      'Cannot use a pool after calling end on the pool',
      'Client was closed and is not queryable',
      'The database did not answer within 1000 ms.',
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
