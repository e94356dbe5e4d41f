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

/** A keyed write (an Idempotency-Key, hooks/use-keyed-mutation.ts) that got no answer or a 5xx is sent again this many times. */
const KEYED_WRITE_RETRIES = 3

/**
 * Whether a keyed write is worth sending again: as a read, as the API applies a key once (a lost answer
 * is given again); never a 4xx, whose refusal would be the same.
 */
export function shouldRetryKeyedWrite(failureCount: number, error: unknown): boolean {
  return failureCount < KEYED_WRITE_RETRIES && shouldRetryRead(0, error)
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
 * every write a mutation that refreshes what it changed. Writes are retried only with an
 * Idempotency-Key, the same one on every try (hooks/use-keyed-mutation.ts); creations with a key of
 * their form's own let the user retry by hand.
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
