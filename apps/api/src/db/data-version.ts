import type { Queryable } from './pool.ts'
import { DATA_VERSION } from './sql/tiles.sql.ts'

/** How long a read data version is trusted before the database is asked again. */
const DEFAULT_MAX_AGE_MS = 1000

export interface DataVersion {
  /** A number that changes whenever the public data is (re)loaded; asked of the database at most once per maxAgeMs. */
  current(): Promise<number>
  /** Forgets the remembered version, so the next current() asks the database (a NOTIFY said the data changed). */
  invalidate(): void
}

/**
 * The version of the public data: the newest `data_load` id, which every load appends. Remembered for
 * `maxAgeMs` so that a burst of cached answers costs one query, not one each; concurrent callers share
 * the one query in flight. A load in another process is seen within `maxAgeMs`, or at once on invalidate().
 */
export function createDataVersion(pool: Queryable, options: { maxAgeMs?: number } = {}): DataVersion {
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS
  let remembered: { version: Promise<number>; readAt: number } | undefined

  function read(): Promise<number> {
    const version = pool
      .query<{ version: number }>(DATA_VERSION)
      .then((result) => Number(result.rows[0]?.version ?? 0))
    const entry = { version, readAt: Date.now() }
    remembered = entry
    version.catch(() => {
      // A failed read is not remembered: the next caller asks again.
      if (remembered === entry) remembered = undefined
    })
    return version
  }

  return {
    current() {
      if (remembered && Date.now() - remembered.readAt < maxAgeMs) return remembered.version
      return read()
    },
    invalidate() {
      remembered = undefined
    },
  }
}
