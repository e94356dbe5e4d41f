import pg from 'pg'
import {
  currentRequestTransaction,
  followRequestTransactions,
  type RequestTransaction,
} from './request-transaction.ts'

// Numeric and bigint columns are returned as JS numbers: every value we store fits in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value))

/** Connections a pool opens unless its connection string asks for fewer (see POOL_MAX_PARAMETER). */
const POOL_MAX_DEFAULT = 8
/**
 * A parameter of our own in the connection string, taken out before pg sees it: the embedded database
 * sets `pool_max=1` on the URL it gives out (embedded-postgis.ts), so every pool on it, in any process,
 * uses one connection.
 */
export const POOL_MAX_PARAMETER = 'pool_max'

/** The connection string without our parameter, and the pool size it asks for. */
function poolSettings(connectionString: string): { connectionString: string; max: number } {
  const url = new URL(connectionString)
  const asked = Number(url.searchParams.get(POOL_MAX_PARAMETER))
  url.searchParams.delete(POOL_MAX_PARAMETER)
  const max = Number.isInteger(asked) && asked > 0 ? asked : POOL_MAX_DEFAULT
  return { connectionString: url.toString(), max }
}

/**
 * The bounds that keep a stalled or saturated database from hanging requests (issue 12, architecture
 * §27). Each is off when absent, as for the commands that migrate and load data (their statements may
 * rightly take minutes).
 */
export interface PoolTimeouts {
  /** Server side: a statement running longer is cancelled (SQLSTATE 57014). PGlite ignores it. */
  statementTimeoutMs?: number
  /** Server side: a session idle inside a transaction that long is ended. PGlite ignores it. */
  idleInTransactionTimeoutMs?: number
  /** Client side: the longest wait for a free connection (or to open one) before the query fails. */
  acquireTimeoutMs?: number
  /**
   * Client side: the longest wait for a query's answer, for a server that does not answer at all (its
   * own statement_timeout cannot fire then); the connection is dropped when it passes.
   */
  queryTimeoutMs?: number
}

/** Opens a pool on the given connection string (embedded socket or a PostgreSQL server). */
export function createPool(connectionString: string, timeouts: PoolTimeouts = {}): pg.Pool {
  const settings = poolSettings(connectionString)
  const pool = new pg.Pool({
    ...settings,
    // JIT compiling pays for long analytic queries, not for the API's: on a server it added 80–570 ms to
    // the plans of the large alert queries (architecture §29). Parallel plans neither: the API answers
    // many requests at once, and a statement's workers take the cores the other requests need (4
    // callers at 300k alerts: a town box's count and page 347–407 ms a round with workers, 178–233
    // without; the other scale reads the same or faster). The embedded database (one connection, see
    // POOL_MAX_PARAMETER) has neither, and its socket is given no startup options.
    ...(settings.max !== 1 ? { options: '-c jit=off -c max_parallel_workers_per_gather=0' } : {}),
    // Sent in the startup message, so that every connection of the pool has them from its first query.
    ...(timeouts.statementTimeoutMs ? { statement_timeout: timeouts.statementTimeoutMs } : {}),
    ...(timeouts.idleInTransactionTimeoutMs
      ? { idle_in_transaction_session_timeout: timeouts.idleInTransactionTimeoutMs }
      : {}),
    ...(timeouts.acquireTimeoutMs ? { connectionTimeoutMillis: timeouts.acquireTimeoutMs } : {}),
    ...(timeouts.queryTimeoutMs ? { query_timeout: timeouts.queryTimeoutMs } : {}),
  })
  // An idle connection that breaks (server restart, network) is replaced by the pool on the next
  // query; without a listener its 'error' event would end the process.
  pool.on('error', (error) => console.error('database connection lost:', error.message))
  followRequestTransactions(pool)
  return pool
}

export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>

/**
 * Runs `work` in one transaction: committed when it resolves, rolled back when it throws.
 * @returns what `work` returned
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const request = currentRequestTransaction(pool)
  if (request) return inSavepoint(request, work)
  const client = await pool.connect()
  let failed = false
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    failed = true
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    // A connection that saw an error is dropped, not reused: behind pglite-socket a failed parameterised
    // query can leave it out of step with the database (electric-sql/pglite#958), and the late message
    // it then receives is an 'error' event that would otherwise crash the process.
    if (failed) client.on('error', () => undefined)
    client.release(failed)
  }
}

let savepoints = 0

/**
 * Inside a request transaction (plugins/idempotency), a transaction is a savepoint of it: undone alone
 * when `work` throws, committed with the request's stored answer.
 */
async function inSavepoint<T>(
  request: RequestTransaction,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await request.client()
  const name = `request_write_${++savepoints}`
  await client.query(`SAVEPOINT ${name}`)
  try {
    const result = await work(client)
    await client.query(`RELEASE SAVEPOINT ${name}`)
    return result
  } catch (error) {
    request.failed = true
    await client.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined)
    throw error
  }
}

/** Runs `work` with repos bound to one transaction: the only way a service writes (see createTransactionRunner). */
export type TransactionRunner<Repos> = <T>(work: (repos: Repos) => Promise<T>) => Promise<T>

/**
 * A transaction runner for services: `work` gets repos built on the transaction's client, so a service
 * never sees a pool or a client. Inside `work`, query only through those repos: a query through the
 * pool would wait for the connection the transaction holds (the embedded database has one).
 */
export function createTransactionRunner<Repos>(
  pool: pg.Pool,
  reposOn: (db: Queryable) => Repos,
): TransactionRunner<Repos> {
  return (work) => inTransaction(pool, (client) => work(reposOn(client)))
}
