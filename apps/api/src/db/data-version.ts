import type pg from 'pg'
import { DATA_VERSION } from './sql/tiles.sql.ts'

/** How long a version read from the database is trusted before it is read again. */
const DEFAULT_MAX_AGE_MS = 1000

/**
 * The version of the public data: a number that changes whenever the data is (re)loaded. Read from the
 * database at most once per `maxAgeMs`, so that caches can key on it without a query per request;
 * `invalidate()` makes the next `current()` read it again (on a data_changed notification from another
 * process, see app.ts).
 */
export function createDataVersion(pool: pg.Pool, options: { maxAgeMs?: number } = {}) {
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS
  let known: { version: number; readAt: number } | undefined
  let reading: Promise<number> | undefined
  let generation = 0

  async function read(): Promise<number> {
    const started = generation
    const result = await pool.query<{ version: number }>(DATA_VERSION)
    const version = Number(result.rows[0]?.version ?? 0)
    // A read that began before an invalidation may predate the change: do not keep it.
    if (started === generation) known = { version, readAt: Date.now() }
    return version
  }

  return {
    async current(): Promise<number> {
      if (known && Date.now() - known.readAt < maxAgeMs) return known.version
      // Concurrent requests share one read.
      reading ??= read().finally(() => {
        reading = undefined
      })
      return reading
    },
    invalidate(): void {
      generation += 1
      known = undefined
      reading = undefined
    },
  }
}

export type DataVersion = ReturnType<typeof createDataVersion>
