import type pg from 'pg'

// What "the database is unchanged" means to the fuzz suite: every table of the public schema, its row
// count and a checksum of its rows. Taking that after each of 5,000 requests would cost minutes, so a
// cheap sentinel stands in front of it: PostgreSQL gives a transaction an id only when it writes, so if
// the next id to be given out did not move during a request, nothing was written (our own reads take
// none). Only when it moved is the whole fingerprint taken and compared.

/**
 * Columns that authentication itself keeps up to date (at most once a minute, architecture §8), whatever
 * the request then becomes: they say when a credential was last seen, not what the request did.
 */
const BOOKKEEPING_COLUMNS: Record<string, string[]> = {
  user_session: ['last_seen_at'],
  api_token: ['last_used_at'],
}

/**
 * Tables written by background work rather than by the request being answered: the notification worker
 * delivers on its own timer (services/subscriptions/notification-worker.ts). And the login log, which a
 * refused login writes by design: its failures are what the login limits count (architecture §36).
 */
const BACKGROUND_TABLES = new Set([
  'notification_cursor',
  'notification_delivery',
  'notification_attempt',
  'login_event',
])

const LIST_TABLES = `
  SELECT table_name AS name FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
  ORDER BY table_name`

/** The next transaction id PostgreSQL will give out: it moves when, and only when, something writes. */
const NEXT_TRANSACTION_ID = 'SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next'

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

/** One table's count and checksum, as SQL; a row is hashed whole, bookkeeping columns left out. */
function tableFingerprintSql(table: string): string {
  const excluded = BOOKKEEPING_COLUMNS[table]
  const row = excluded
    ? `(to_jsonb(t) - ARRAY[${excluded.map((column) => `'${column}'`).join(', ')}])::text`
    : 't::text'
  return `SELECT '${table.replace(/'/g, "''")}'::text AS name, count(*)::text AS rows,
    coalesce(md5(string_agg(md5(${row}), '' ORDER BY md5(${row}))), '') AS checksum
    FROM ${quote(table)} AS t`
}

export type Fingerprint = Map<string, string>

/** Reads the database's state the fuzz suite compares. */
export function createFingerprinter(pool: pg.Pool) {
  let tables: string[] | undefined

  return {
    async nextTransactionId(): Promise<string> {
      const [row] = (await pool.query<{ next: string }>(NEXT_TRANSACTION_ID)).rows
      return row?.next ?? ''
    },

    /** Every table's `rows:checksum`, by table name (background tables left out). */
    async fingerprint(): Promise<Fingerprint> {
      tables ??= (await pool.query<{ name: string }>(LIST_TABLES)).rows
        .map((row) => row.name)
        .filter((name) => !BACKGROUND_TABLES.has(name))
      const { rows } = await pool.query<{ name: string; rows: string; checksum: string }>(
        tables.map(tableFingerprintSql).join('\nUNION ALL\n'),
      )
      return new Map(rows.map((row) => [row.name, `${row.rows}:${row.checksum}`]))
    },
  }
}

/** The tables whose count or checksum differ, as `table: before → after`. */
export function differences(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()])
  return [...names]
    .filter((name) => before.get(name) !== after.get(name))
    .map((name) => `${name}: ${before.get(name) ?? 'absent'} → ${after.get(name) ?? 'absent'}`)
}
