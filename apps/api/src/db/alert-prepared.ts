import type { Queryable } from './pool.ts'
import { CHECK_DRAWN_GEOMETRY_SQL } from './sql/alert-place.sql.ts'
import { ALERT_RECORD_SQL, DUPLICATES_SQL } from './sql/alert-read.sql.ts'
import {
  FIND_IDEMPOTENCY_KEY_SQL,
  INSERT_ALERT_SQL,
  INSERT_IDEMPOTENCY_KEY_SQL,
} from './sql/alert-write.sql.ts'
import { statementName } from './statement-name.ts'

// What every creation runs (issue 12 §4): the alert's insert with its spatial context alone cost ~6 ms of
// parsing and ~5 ms of planning per creation as an unnamed statement. Named, each connection parses it
// once; PostgreSQL then plans it for its values five times before it may keep a generic plan, and keeps
// one only when it costs no more than those.
const PREPARED = new Map(
  [
    CHECK_DRAWN_GEOMETRY_SQL,
    INSERT_ALERT_SQL,
    FIND_IDEMPOTENCY_KEY_SQL,
    INSERT_IDEMPOTENCY_KEY_SQL,
    ALERT_RECORD_SQL,
    DUPLICATES_SQL,
  ].map((text) => [text, statementName('alert', text)]),
)

/**
 * `db` with the statements above sent as prepared statements (pg names them); every other text as it
 * was. Not for the embedded database: pglite-socket runs every connection in one session, where a
 * reconnecting pool would prepare a name the session already holds (§26).
 */
export function withPreparedStatements(db: Queryable): Queryable {
  const query = (text: unknown, values?: unknown) => {
    const name = typeof text === 'string' ? PREPARED.get(text) : undefined
    if (name) return db.query({ name, text: text as string, values: values as unknown[] | undefined })
    return db.query(text as string, values as unknown[] | undefined)
  }
  return { query: query as Queryable['query'] }
}
