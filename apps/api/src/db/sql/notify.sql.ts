// PostgreSQL LISTEN/NOTIFY between API processes (issue 12, "beyond one machine"). Channel names are
// identifiers, which a parameter cannot carry: LISTEN takes only the names of this table.

/** The channels API processes listen on. */
export const CHANNELS = {
  /** An alert changed (payload: the AlertChange as JSON, a few hundred bytes). */
  alertChange: 'alert_change',
  /** Public data was (re)loaded (payload: the load's digest): every process drops its caches. */
  dataChanged: 'data_changed',
} as const

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS]

/**
 * NOTIFY's payload must be shorter than 8000 bytes (PostgreSQL's default build); a longer one raises an
 * error. Ours are far smaller: anything near the limit is a bug, refused before it reaches the database.
 */
export const NOTIFY_PAYLOAD_MAX_BYTES = 7999

/** Sends $2 on channel $1: delivered when the sending transaction commits (at once outside one). */
export const NOTIFY_SQL = 'SELECT pg_notify($1, $2)'

/** LISTEN on one of CHANNELS, quoted. */
export function listenSql(channel: Channel): string {
  if (!Object.values(CHANNELS).includes(channel)) throw new Error(`channel must be one of CHANNELS`)
  return `LISTEN "${channel}"`
}
