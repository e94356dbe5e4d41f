import type { FastifyInstance } from 'fastify'
import type pg from 'pg'
import type { DataVersion } from '../db/data-version.ts'
import { createNotifyListener } from '../db/notify-listener.ts'
import { sendNotification } from '../db/notify-sender.ts'
import { CHANNELS } from '../db/sql/notify.sql.ts'
import type { AlertRelay } from '../services/alerts/alert-bus.ts'

/**
 * What several API processes on one PostgreSQL server tell each other (issue 12, docs/scaling.md): alert
 * changes for the live streams, and data loads, which make every process drop what it cached of the
 * public data. One LISTEN connection per process, opened when the app is ready and closed with it.
 * @returns the relay the alert bus sends and receives its changes through
 */
export function crossProcessEvents(
  app: FastifyInstance,
  pool: pg.Pool,
  dataVersion: DataVersion,
): AlertRelay {
  const listener = createNotifyListener(pool, {
    log: { info: (message) => app.log.info(message), warn: (message) => app.log.warn(message) },
    // A data_changed may have been missed while the connection was down: read the version again.
    onReconnect: () => dataVersion.invalidate(),
  })
  listener.on(CHANNELS.dataChanged, () => dataVersion.invalidate())
  app.addHook('onReady', () => listener.start())
  app.addHook('onClose', () => listener.stop())
  return {
    send: (payload) => sendNotification(pool, CHANNELS.alertChange, payload),
    onReceive(handler) {
      listener.on(CHANNELS.alertChange, handler)
    },
  }
}
