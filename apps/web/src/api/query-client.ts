import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-error.ts'

/** A read that failed for want of an answer, or with a 5xx, is tried this many times more. */
export const READ_RETRIES = 2

/**
 * Whether a failed read is worth trying again: not when the API refused it (4xx: asking again gets
 * the same answer) or answered outside the contract, nor once READ_RETRIES are spent.
 */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= READ_RETRIES) return false
  if (!(error instanceof ApiError)) return true
  return error.reason === 'network' || (error.status !== undefined && error.status >= 500)
}

/** The longest pause before a read is tried again. */
const MAX_RETRY_DELAY_MS = 30_000

/**
 * How long to wait before trying a read again: what the API asked (Retry-After, when it sheds load),
 * else TanStack Query's doubling pause.
 */
export function readRetryDelay(failureCount: number, error: unknown): number {
  const asked = error instanceof ApiError ? error.retryAfterSeconds : undefined
  const delay = asked === undefined ? 1000 * 2 ** failureCount : asked * 1000
  return Math.min(delay, MAX_RETRY_DELAY_MS)
}

/**
 * The app's one data layer (TanStack Query): every read is a query (cached by its key from
 * query-keys.ts, cancelled through its AbortSignal when nobody needs it any more, retried as above after
 * the pause the API asked for),
 * every write a mutation that refreshes what it changed. Writes are never retried: an alert's
 * Idempotency-Key lets the user retry one by hand.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryRead,
        retryDelay: readRetryDelay,
        // Answers stay fresh for a while; the live stream and the writes invalidate what changed.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
