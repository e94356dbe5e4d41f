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
]

/**
 * The 503 a database failure stands for, or undefined when the error is something else (a bug, a
 * constraint: those stay 500 or their own status).
 */
export function databaseUnavailable(error: unknown): ServiceUnavailableError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { code, message } = error as { code?: unknown; message?: unknown }
  const text = typeof message === 'string' ? message : ''
  const timedOut = code === '57014'
  const unavailable =
    (typeof code === 'string' &&
      (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || SOCKET_CODES.has(code))) ||
    CLIENT_MESSAGES.some((known) => text.startsWith(known))
  if (!unavailable) return undefined
  return new ServiceUnavailableError(
    timedOut
      ? 'The database took too long to answer (statement timeout); try again later.'
      : 'The database is unavailable or saturated; try again later.',
    DATABASE_RETRY_AFTER_SECONDS,
  )
}
