import { EventEmitter } from 'node:events'
import { type AlertEventKind, type AlertStatus, AlertStreamMessageSchema } from '@heritage-watch/shared'
import { z } from 'zod'

/** One committed change of an alert, for live listeners (server-sent events). */
export interface AlertChange {
  alertId: string
  /** Who may hear of it: the alert's organisation (officers and admins hear of every alert). */
  organisationId: string | null
  kind: AlertEventKind
  status: AlertStatus
  at: string
}

/** What crosses between processes: checked on arrival, since anyone connected may NOTIFY the channel. */
const AlertChangeSchema = AlertStreamMessageSchema.extend({ organisationId: z.uuid().nullable() })

/**
 * How changes reach the other API processes (app.ts: PostgreSQL NOTIFY on a server). `send` delivers to
 * every process, this one included, through `onReceive`.
 */
export interface AlertRelay {
  send(payload: string): Promise<void>
  onReceive(handler: (payload: string) => void): void
}

/**
 * Tells live listeners that an alert changed, after the change is committed (never before: a listener
 * that fetches the alert must find it). Without a relay it stays in this process (the embedded database,
 * one process by design); with one, a change published by any process reaches the listeners of all.
 */
export function createAlertBus(options: { relay?: AlertRelay; warn?: (message: string) => void } = {}) {
  const { relay, warn = () => undefined } = options
  const emitter = new EventEmitter()
  // One listener per open browser tab: do not warn at ten.
  emitter.setMaxListeners(0)
  relay?.onReceive((payload) => {
    let change: AlertChange
    try {
      change = AlertChangeSchema.parse(JSON.parse(payload))
    } catch {
      warn(`alert_change notification ignored: not an alert change (${payload.slice(0, 80)})`)
      return
    }
    emitter.emit('change', change)
  })
  return {
    /**
     * Never throws: the change is committed, so a relay that fails costs live listeners one message
     * (they see it on their next fetch or reconnection), not the writer its answer.
     */
    async publish(change: AlertChange): Promise<void> {
      if (!relay) {
        emitter.emit('change', change)
        return
      }
      await relay.send(JSON.stringify(change)).catch((error: Error) => {
        warn(`alert change ${change.alertId} not relayed to live listeners: ${error.message}`)
      })
    },
    /** Calls `listener` for every change until the returned function is called. */
    subscribe(listener: (change: AlertChange) => void): () => void {
      emitter.on('change', listener)
      return () => emitter.off('change', listener)
    },
  }
}

export type AlertBus = ReturnType<typeof createAlertBus>
