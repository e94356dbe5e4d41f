import type { Readiness } from '@heritage-watch/shared'
import type { ReadinessRepo } from '../db/readiness-repo.ts'
import { ServiceUnavailableError } from '../errors.ts'

/** What /ready tells a load balancer to wait before asking again. */
const READY_RETRY_AFTER_SECONDS = 5

/** How long /ready waits for the database (issue 13: "the database answers within 1 s"). */
export const READY_TIMEOUT_MS = 1_000

export interface ReadinessOptions {
  /** The longest the database may take to answer (issue 13: 1 s). */
  timeoutMs: number
  /** The migrations the code ships (migrate.ts shippedMigrations), read once at start. */
  shippedMigrations: readonly string[]
}

/**
 * Decides whether this process should be sent traffic: the database answers within the bound AND
 * every migration the code ships is applied (a new version started on an old schema is not ready).
 */
export function createReadinessService(repo: ReadinessRepo, options: ReadinessOptions) {
  return {
    /**
     * @returns the checks that passed
     * @throws ServiceUnavailableError (503, Retry-After) whose message names the check that failed
     */
    async check(): Promise<Readiness> {
      const probe = await repo.probe(options.timeoutMs)
      if (!probe.answered)
        throw new ServiceUnavailableError(`database: ${probe.reason}`, READY_RETRY_AFTER_SECONDS)
      const applied = new Set(probe.appliedMigrations)
      const missing = options.shippedMigrations.filter((name) => !applied.has(name))
      if (missing.length > 0)
        throw new ServiceUnavailableError(
          `migrations: ${missing.length} not applied (${missing.join(', ')}); run npm run db:migrate.`,
          READY_RETRY_AFTER_SECONDS,
        )
      return {
        status: 'ready',
        database: { answeredInMs: probe.answeredInMs },
        migrations: { applied: options.shippedMigrations.length, expected: options.shippedMigrations.length },
      }
    },
  }
}

export type ReadinessService = ReturnType<typeof createReadinessService>
