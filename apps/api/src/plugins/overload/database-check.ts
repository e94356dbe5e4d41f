import type pg from 'pg'
import { ServiceUnavailableError } from '../../errors.ts'
import { DATABASE_RETRY_AFTER_SECONDS } from './database-unavailable.ts'

/**
 * Asks the database for `SELECT 1` and gives up after `timeoutMs` however it stalls: waiting for a free
 * connection, opening one, or for an answer that never comes (a stopped server). The query's own
 * query_timeout then drops the connection it holds.
 * @throws ServiceUnavailableError (503) when the database does not answer in time
 */
export async function checkDatabase(pool: pg.Pool, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  // pg reads a query's own query_timeout (lib/client.js); @types/pg leaves it out of QueryConfig.
  const query = pool.query({ text: 'SELECT 1', query_timeout: timeoutMs } as pg.QueryConfig)
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ServiceUnavailableError(
            `The database did not answer within ${timeoutMs} ms.`,
            DATABASE_RETRY_AFTER_SECONDS,
          ),
        ),
      timeoutMs,
    )
  })
  // Whichever loses the race must not become an unhandled rejection.
  query.catch(() => undefined)
  deadline.catch(() => undefined)
  try {
    await Promise.race([query, deadline])
  } finally {
    clearTimeout(timer)
  }
}
