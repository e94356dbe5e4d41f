import { describe, expect, it } from 'vitest'
import type { DatabaseProbe, ReadinessRepo } from '../db/readiness-repo.ts'
import { ServiceUnavailableError } from '../errors.ts'
import { createReadinessService } from './readiness.ts'

// A repo stand-in answering what the test says: the rule under test is the service's, not the SQL's
// (test/routes/health covers the real database).
const repoAnswering = (probe: DatabaseProbe): ReadinessRepo => ({ probe: async () => probe })
const SHIPPED = ['0001_base.sql', '0002_more.sql']

describe('createReadinessService', () => {
  it('is ready when the database answered and every shipped migration is applied', async () => {
    const service = createReadinessService(
      repoAnswering({ answered: true, answeredInMs: 3, appliedMigrations: [...SHIPPED, '0000_old.sql'] }),
      { timeoutMs: 1000, shippedMigrations: SHIPPED },
    )
    expect(await service.check()).toEqual({
      status: 'ready',
      database: { answeredInMs: 3 },
      migrations: { applied: 2, expected: 2 },
    })
  })

  it('names the migrations not applied', async () => {
    const service = createReadinessService(
      repoAnswering({ answered: true, answeredInMs: 3, appliedMigrations: ['0001_base.sql'] }),
      { timeoutMs: 1000, shippedMigrations: SHIPPED },
    )
    const error = await service.check().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ServiceUnavailableError)
    expect((error as Error).message).toMatch(/^migrations: 1 not applied \(0002_more\.sql\)/)
    expect((error as ServiceUnavailableError).retryAfterSeconds).toBeGreaterThan(0)
  })

  it('says the database when it did not answer', async () => {
    const service = createReadinessService(repoAnswering({ answered: false, reason: 'No answer.' }), {
      timeoutMs: 1000,
      shippedMigrations: SHIPPED,
    })
    await expect(service.check()).rejects.toThrow(/^database: No answer\./)
  })
})
