import type pg from 'pg'
import { SELECT_APPLIED } from './migrate.ts'
import { DatabaseTimeoutError, queryWithin } from './query-within.ts'

/** What the database said to /ready's one question, or why it said nothing. */
export type DatabaseProbe =
  { answered: true; answeredInMs: number; appliedMigrations: string[] } | { answered: false; reason: string }

/** 42P01: the schema_migration table does not exist yet (a database never migrated). */
const UNDEFINED_TABLE = '42P01'

/** Reads for GET /ready. */
export function createReadinessRepo(pool: pg.Pool) {
  return {
    /**
     * Asks for the applied migrations, bounded by `timeoutMs`: one query says both that the database
     * answers and whether its schema is current. A database never migrated answers an empty list.
     * Never throws: a failure is a probe that did not answer, with its reason.
     */
    async probe(timeoutMs: number): Promise<DatabaseProbe> {
      const started = performance.now()
      try {
        const { rows } = await queryWithin<{ name: string }>(pool, SELECT_APPLIED, timeoutMs)
        const answeredInMs = Math.round(performance.now() - started)
        return { answered: true, answeredInMs, appliedMigrations: rows.map((row) => row.name) }
      } catch (error) {
        if ((error as { code?: unknown }).code === UNDEFINED_TABLE)
          return {
            answered: true,
            answeredInMs: Math.round(performance.now() - started),
            appliedMigrations: [],
          }
        if (error instanceof DatabaseTimeoutError) return { answered: false, reason: error.message }
        // The code only (ECONNREFUSED, 57P03…): a message may name internal hosts and ports.
        const code = (error as { code?: unknown }).code
        return {
          answered: false,
          reason: `The database could not be reached (${typeof code === 'string' ? code : 'no answer'}).`,
        }
      }
    },
  }
}

export type ReadinessRepo = ReturnType<typeof createReadinessRepo>
