import type pg from 'pg'

/** The database did not answer within the bound given to queryWithin. */
export class DatabaseTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The database did not answer within ${timeoutMs} ms.`)
  }
}

/**
 * Runs one query and gives up after `timeoutMs` however it stalls: waiting for a free connection,
 * opening one, or for an answer that never comes (a stopped or frozen server). The query's own
 * query_timeout then drops the connection it holds, so the pool does not keep a dead one.
 * @throws DatabaseTimeoutError past the bound; the query's own error when it fails sooner
 */
export async function queryWithin<Row extends pg.QueryResultRow>(
  pool: pg.Pool,
  text: string,
  timeoutMs: number,
): Promise<pg.QueryResult<Row>> {
  let timer: NodeJS.Timeout | undefined
  // pg reads a query's own query_timeout (lib/client.js); @types/pg leaves it out of QueryConfig.
  const query = pool.query<Row>({ text, query_timeout: timeoutMs } as pg.QueryConfig)
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeoutError(timeoutMs)), timeoutMs)
  })
  // Whichever loses the race must not become an unhandled rejection.
  query.catch(() => undefined)
  deadline.catch(() => undefined)
  try {
    return await Promise.race([query, deadline])
  } finally {
    clearTimeout(timer)
  }
}
