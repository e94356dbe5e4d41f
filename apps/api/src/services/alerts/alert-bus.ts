import { EventEmitter } from 'node:events'
import type { AlertEventKind, AlertStatus } from '@heritage-watch/shared'

/** One committed change of an alert, for live listeners (server-sent events). */
export interface AlertChange {
  alertId: string
  /** Who may hear of it: the alert's organisation (officers and admins hear of every alert). */
  organisationId: string | null
  kind: AlertEventKind
  status: AlertStatus
  at: string
}

/**
 * Tells live listeners that an alert changed, after the change is committed (never before: a listener
 * that fetches the alert must find it). In-process: with several API processes behind a balancer, this
 * would become PostgreSQL LISTEN/NOTIFY (see docs/architecture.md).
 */
export function createAlertBus() {
  const emitter = new EventEmitter()
  // One listener per open browser tab: do not warn at ten.
  emitter.setMaxListeners(0)
  return {
    publish(change: AlertChange): void {
      emitter.emit('change', change)
    },
    /** Calls `listener` for every change until the returned function is called. */
    subscribe(listener: (change: AlertChange) => void): () => void {
      emitter.on('change', listener)
      return () => emitter.off('change', listener)
    },
  }
}

export type AlertBus = ReturnType<typeof createAlertBus>
