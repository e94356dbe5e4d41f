import { performance } from 'node:perf_hooks'
import type pg from 'pg'
import {
  ANALYZE_SQL,
  COUNT_PLACES_SQL,
  CREATE_PLACES_SQL,
  INSERT_ALERT_EVENTS_SQL,
  INSERT_ALERTS_SQL,
  INSERT_ASSESSMENTS_SQL,
  MAX_ALERT_NUMBER_SQL,
} from '../indicators-data.sql.ts'
import {
  CREATE_TERRIL_PLACES_SQL,
  FOREIGN_ALERTS_SQL,
  INSERT_ALERT_FEATURES_SQL,
  SYNTHETIC_ALERTS_SQL,
  VACUUM_SQL,
} from './scale-data.sql.ts'

// Grows the bench database to a number of SYNTHETIC alerts ("[bench] synthetic alert n"), with their
// history events, the terril they name when they stand on one, and one synthetic constat for every two
// alerts. Each step adds to the previous one, so 10k → 100k → 1M writes a million alerts once.

const BATCH = 50_000
/**
 * Constats per alert: officers visit far fewer places than partners report, and each constat costs a
 * spatial lookup in its trigger (the zone of its anchor), which would make a million alerts take an hour.
 */
const ASSESSMENTS_PER_ALERT = 0.05

/**
 * Throws unless every alert in the database was written by a bench: the scale bench must never grow a
 * database that holds real alerts.
 */
export async function assertBenchDatabase(pool: pg.Pool): Promise<void> {
  const foreign = (await pool.query<{ count: number }>(FOREIGN_ALERTS_SQL)).rows[0]!.count
  if (foreign > 0)
    throw new Error(
      `scale bench refused: this database holds ${foreign} alerts not written by a bench; give it a throwaway one`,
    )
}

/** Adds synthetic alerts until there are `size`, by `reporterId`; events and constats by `officerId`. */
export async function growTo(
  pool: pg.Pool,
  size: number,
  accounts: { reporterId: string; officerId: string },
  progress: (message: string) => void,
): Promise<{ written: number }> {
  await assertBenchDatabase(pool)
  const client = await pool.connect()
  try {
    // Alerts created by the bench's POST /alerts count too: the size is of the whole table.
    const { written, alerts } = (
      await client.query<{ written: number; alerts: number }>(SYNTHETIC_ALERTS_SQL)
    ).rows[0]!
    const missing = size - alerts
    if (missing <= 0) return { written: 0 }
    await client.query('DROP TABLE IF EXISTS bench_place')
    await client.query(CREATE_PLACES_SQL)
    await client.query(CREATE_TERRIL_PLACES_SQL)
    const places = (await client.query<{ count: number }>(COUNT_PLACES_SQL)).rows[0]!.count
    const last = written + missing
    const began = performance.now()
    for (let start = written + 1; start <= last; start += BATCH) {
      const end = Math.min(last, start + BATCH - 1)
      const before = (await client.query<{ number: number }>(MAX_ALERT_NUMBER_SQL)).rows[0]!.number
      await client.query('BEGIN')
      await client.query(INSERT_ALERTS_SQL, [start, end, accounts.reporterId, places])
      await client.query(INSERT_ALERT_EVENTS_SQL, [before, accounts.officerId])
      await client.query(INSERT_ALERT_FEATURES_SQL, [before])
      const firstAssessment = Math.floor(start * ASSESSMENTS_PER_ALERT)
      const lastAssessment = Math.floor(end * ASSESSMENTS_PER_ALERT)
      if (lastAssessment > firstAssessment)
        await client.query(INSERT_ASSESSMENTS_SQL, [
          firstAssessment + 1,
          lastAssessment,
          accounts.officerId,
          places,
        ])
      await client.query('COMMIT')
      progress(
        `synthetic alerts: ${alerts + end - written} / ${size} (${((performance.now() - began) / 1000).toFixed(0)} s)`,
      )
    }
    await client.query(ANALYZE_SQL)
    for (const statement of VACUUM_SQL) await client.query(statement)
    return { written: missing }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
