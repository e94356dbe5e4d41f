import { AsyncLocalStorage } from 'node:async_hooks'
import type pg from 'pg'

/**
 * One transaction that spans a whole HTTP request (plugins/idempotency): the write, the reads that
 * build its answer and the stored answer commit together, so that a crash leaves either all of them or
 * none. Opened on the request's first query, so a request that never queries holds no connection.
 */
export interface RequestTransaction {
  readonly pool: pg.Pool
  /** The transaction's connection, BEGIN sent; the same one for every call. */
  client(): Promise<pg.PoolClient>
  /** Set by a caller that saw a statement fail: the connection is then dropped, not reused. */
  failed: boolean
  /** COMMIT (or ROLLBACK) and give the connection back; later queries go to the pool again. */
  finish(commit: boolean): Promise<void>
}

const storage = new AsyncLocalStorage<RequestTransaction>()
const open = new WeakSet<RequestTransaction>()

/** The transaction of the request running now on `pool`, if it has one still open. */
export function currentRequestTransaction(pool: pg.Pool): RequestTransaction | undefined {
  const transaction = storage.getStore()
  return transaction && transaction.pool === pool && open.has(transaction) ? transaction : undefined
}

/** Runs `next` (and everything it starts) inside `transaction`. */
export function runInRequestTransaction(transaction: RequestTransaction, next: () => void): void {
  storage.run(transaction, next)
}

/** A request transaction on `pool`; nothing is opened before its first query. */
export function createRequestTransaction(pool: pg.Pool): RequestTransaction {
  let opening: Promise<pg.PoolClient> | undefined
  const transaction: RequestTransaction = {
    pool,
    failed: false,
    client() {
      opening ??= pool.connect().then(async (client) => {
        try {
          await client.query('BEGIN')
          return client
        } catch (error) {
          client.release(true)
          throw error
        }
      })
      return opening
    },
    async finish(commit) {
      if (!open.has(transaction)) return
      open.delete(transaction)
      if (!opening) return
      const client = await opening.catch(() => undefined)
      if (!client) return
      let failed = transaction.failed
      try {
        // A statement that failed inside a savepoint was undone with it: the rest still commits.
        await client.query(commit ? 'COMMIT' : 'ROLLBACK')
      } catch (error) {
        failed = true
        if (commit) throw error
      } finally {
        // As in inTransaction: a connection that saw an error is dropped (electric-sql/pglite#958).
        if (failed || !commit) client.on('error', () => undefined)
        client.release(failed || !commit)
      }
    },
  }
  open.add(transaction)
  return transaction
}

/**
 * Sends the pool's queries made inside an open request transaction to that transaction's connection:
 * the repos keep their pool, and a read made after a write still sees it (on the embedded database,
 * whose pool has one connection, it would otherwise wait for that connection forever).
 * `pool.connect` is left as it is: the request transactions take their connection with it.
 */
export function followRequestTransactions(pool: pg.Pool): void {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown
  const routed = (...args: unknown[]) => {
    const transaction = currentRequestTransaction(pool)
    if (!transaction || typeof args.at(-1) === 'function') return query(...args)
    return transaction.client().then((client) =>
      (client.query as (...queryArgs: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
        transaction.failed = true
        throw error
      }),
    )
  }
  Object.assign(pool, { query: routed })
}
