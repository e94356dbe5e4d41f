import { z } from 'zod'
import type { ConcurrencyLimitOptions } from './plugins/overload/concurrency-limit.ts'
import type { ProcessPressureOptions } from './plugins/overload/under-pressure.ts'
import type { PoolTimeouts } from './db/pool.ts'

const milliseconds = (fallback: number, max = 600_000) =>
  z.coerce.number().int().min(0).max(max).default(fallback)
const count = (fallback: number) => z.coerce.number().int().min(1).max(10_000).default(fallback)

/**
 * The overload and timeout settings (issue 12, docs/architecture.md §27), part of config.ts's schema.
 * Defaults suit a 2-core machine: two heavy requests at once keep a core free for the light ones.
 */
export const OVERLOAD_SETTINGS = {
  /** Heavy requests (items pages over 1,000, exports, PDFs, indicators) running at once. */
  CONCURRENCY_HEAVY: count(2),
  /** Heavy requests waiting for a place; past it, 503 at once. */
  CONCURRENCY_HEAVY_QUEUE: z.coerce.number().int().min(0).max(10_000).default(8),
  /** Light requests (everything else but the live stream) running at once. */
  CONCURRENCY_LIGHT: count(32),
  CONCURRENCY_LIGHT_QUEUE: z.coerce.number().int().min(0).max(10_000).default(128),
  /** The longest a heavy request waits for a place before a 503 (a PDF takes seconds to print). */
  CONCURRENCY_HEAVY_QUEUE_WAIT_MS: milliseconds(10_000, 120_000),
  /** The longest a light request waits for a place before a 503. */
  CONCURRENCY_LIGHT_QUEUE_WAIT_MS: milliseconds(2_000, 120_000),
  /** An admitted request whose answer has not started by then gets a 503 (0: no deadline). */
  REQUEST_TIMEOUT_MS: milliseconds(30_000),
  /** PostgreSQL server: statements cancelled past this (0: none). The embedded PGlite cannot cancel. */
  DB_STATEMENT_TIMEOUT_MS: milliseconds(15_000),
  /** The longest wait for a free database connection before a 503 (0: wait for ever). */
  DB_POOL_ACQUIRE_TIMEOUT_MS: milliseconds(5_000),
  /** PostgreSQL server: a session idle inside a transaction that long is ended (0: never). */
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(30_000),
  /** How long /healthz waits for the database before answering 503. */
  HEALTHZ_TIMEOUT_MS: milliseconds(2_000, 60_000),
  /**
   * Mean event-loop delay past which every request gets a 503 (0: no check, the default: the embedded
   * PGlite runs each query on the event loop, so a slow query alone would shed everything; 1000 suits a
   * server database).
   */
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: milliseconds(0, 60_000),
  /** V8 heap in use, in MB, past which every request gets a 503 (0: no check). */
  PRESSURE_MAX_HEAP_MB: z.coerce.number().int().min(0).max(65_536).default(0),
}

/** The overload settings at their defaults, for callers that build the app without a Config (tests). */
export const DEFAULT_OVERLOAD_CONFIG = z.object(OVERLOAD_SETTINGS).parse({})

export type OverloadConfig = typeof DEFAULT_OVERLOAD_CONFIG

/**
 * The pool's timeouts for serving requests. A client-side bound stands behind statement_timeout, for a
 * server that does not answer at all; it leaves the server's own timeout the time to fire first.
 */
export function servingPoolTimeouts(config: OverloadConfig): PoolTimeouts {
  const statement = config.DB_STATEMENT_TIMEOUT_MS
  return {
    statementTimeoutMs: statement,
    idleInTransactionTimeoutMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    acquireTimeoutMs: config.DB_POOL_ACQUIRE_TIMEOUT_MS,
    queryTimeoutMs: statement ? statement + 5_000 : 0,
  }
}

/** The limiter's options from the settings. */
export function concurrencyLimitOptions(config: OverloadConfig): ConcurrencyLimitOptions {
  return {
    heavy: {
      concurrency: config.CONCURRENCY_HEAVY,
      queue: config.CONCURRENCY_HEAVY_QUEUE,
      queueWaitMs: config.CONCURRENCY_HEAVY_QUEUE_WAIT_MS,
    },
    light: {
      concurrency: config.CONCURRENCY_LIGHT,
      queue: config.CONCURRENCY_LIGHT_QUEUE,
      queueWaitMs: config.CONCURRENCY_LIGHT_QUEUE_WAIT_MS,
    },
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
  }
}

/** The process-pressure guard's options from the settings. */
export function processPressureOptions(config: OverloadConfig): ProcessPressureOptions {
  return {
    maxEventLoopDelayMs: config.PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
    maxHeapUsedMb: config.PRESSURE_MAX_HEAP_MB,
  }
}
