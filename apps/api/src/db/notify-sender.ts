import type { Queryable } from './pool.ts'
import { type Channel, NOTIFY_PAYLOAD_MAX_BYTES, NOTIFY_SQL } from './sql/notify.sql.ts'

/**
 * Sends a notification to every listening API process (this one included). On a transaction's client it
 * is delivered when that transaction commits, and never if it rolls back; on the pool, at once.
 * @throws Error when the payload is too long for NOTIFY (checked here, before the database)
 */
export async function sendNotification(db: Queryable, channel: Channel, payload: string): Promise<void> {
  if (Buffer.byteLength(payload) > NOTIFY_PAYLOAD_MAX_BYTES) {
    throw new Error(`payload must be at most ${NOTIFY_PAYLOAD_MAX_BYTES} bytes for NOTIFY`)
  }
  await db.query(NOTIFY_SQL, [channel, payload])
}
