import type pg from 'pg'
import { ServiceUnavailableError } from '../../errors.ts'
import { DatabaseTimeoutError, queryWithin } from '../../db/query-within.ts'
import { DATABASE_RETRY_AFTER_SECONDS } from './database-unavailable.ts'

/**
 * Asks the database for `SELECT 1` and gives up after `timeoutMs` however it stalls (see queryWithin).
 * @throws ServiceUnavailableError (503) when the database does not answer in time
 */
export async function checkDatabase(pool: pg.Pool, timeoutMs: number): Promise<void> {
  try {
    await queryWithin(pool, 'SELECT 1', timeoutMs)
  } catch (error) {
    if (!(error instanceof DatabaseTimeoutError)) throw error
    throw new ServiceUnavailableError(error.message, DATABASE_RETRY_AFTER_SECONDS)
  }
}
