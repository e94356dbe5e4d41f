import { ServiceUnavailableError } from '../../errors.ts'

/** What the client is told to wait after the database failed it: enough for a stalled query to clear. */
export const DATABASE_RETRY_AFTER_SECONDS = 5

/**
 * SQLSTATEs that mean "the database could not do it now", not "this request is wrong": 57014 a
 * cancelled statement (statement_timeout), 57P01-57P03 a server shutting down or starting, 53300 too
 * many connections, 25P03 idle_in_transaction_session_timeout; class 08 a lost connection.
 */
const UNAVAILABLE_STATES = new Set(['57014', '57P01', '57P02', '57P03', '53300', '25P03'])

/** Node's socket errors when the database is unreachable or goes away. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'])

/** Messages of pg and pg-pool that carry no code. */
const CLIENT_MESSAGES = [
  'timeout exceeded when trying to connect', // pg-pool: no connection free within connectionTimeoutMillis
  'Connection terminated', // pg: connect timeout, or the server closed the socket
  'Query read timeout', // pg: query_timeout passed without an answer
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable', // pg: a query on a connection the pool already dropped
  'Cannot use a pool after calling end on the pool', // pg-pool: a request that outlived a graceful stop
  'The database did not answer within', // query-within.ts (checkDatabase, /ready)
]

/** How deep a wrapped error is searched (`cause`, AggregateError's `errors`): a cycle must end. */
const MAX_DEPTH = 4

/** Whether this error, or one it wraps, says the database could not do it now. */
function unavailableKind(error: unknown, depth = 0): 'timeout' | 'unavailable' | undefined {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return undefined
  const { code, message, cause, errors } = error as {
    code?: unknown
    message?: unknown
    cause?: unknown
    errors?: unknown
  }
  if (code === '57014') return 'timeout'
  const text = typeof message === 'string' ? message : ''
  if (
    (typeof code === 'string' &&
      (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))) ||
    CLIENT_MESSAGES.some((known) => text.startsWith(known))
  )
    return 'unavailable'
  // Node's connection to a name with several addresses (localhost: ::1 then 127.0.0.1) fails with an
  // AggregateError of one error per address; a library may wrap the pg error in its own, as `cause`.
  const inner = [...(Array.isArray(errors) ? (errors as unknown[]) : []), cause]
  for (const wrapped of inner) {
    const kind = unavailableKind(wrapped, depth + 1)
    if (kind) return kind
  }
  return undefined
}

/**
 * The 503 a database failure stands for, or undefined when the error is something else (a bug, a
 * constraint: those stay 500 or their own status).
 */
export function databaseUnavailable(error: unknown): ServiceUnavailableError | undefined {
  const kind = unavailableKind(error)
  if (!kind) return undefined
  return new ServiceUnavailableError(
    kind === 'timeout'
      ? 'The database took too long to answer (statement timeout); try again later.'
      : 'The database is unavailable or saturated; try again later.',
    DATABASE_RETRY_AFTER_SECONDS,
  )
}
