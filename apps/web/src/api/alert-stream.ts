import type { AlertStreamMessage } from '@heritage-watch/shared'
import { alertStreamUrl } from './alerts-client.ts'

// One EventSource per page, shared by every view that follows alert changes (desk, record, badges):
// a browser opens at most six HTTP/1.1 connections to the API, and each open stream holds one, so a
// stream per view would leave the map's tiles waiting.

export interface AlertStreamListener {
  onMessage: (message: AlertStreamMessage) => void
  /** The stream came back after a break: changes made meanwhile were not sent, fetch everything. */
  onReconnect: () => void
}

/** Reads one `alert` event's data without zod; a message of another shape is ignored. */
export function readStreamMessage(data: unknown): AlertStreamMessage | undefined {
  try {
    const message = JSON.parse(String(data)) as Partial<AlertStreamMessage>
    return typeof message.alertId === 'string' ? (message as AlertStreamMessage) : undefined
  } catch {
    return undefined
  }
}

/**
 * Keeps one stream open while it has listeners. `open` is the factory (EventSource in the browser), so
 * that tests can count the connections.
 */
export function createAlertStreamHub(
  apiBaseUrl: string,
  open: (url: string) => EventSource = (url) => new EventSource(url, { withCredentials: true }),
) {
  const listeners = new Set<AlertStreamListener>()
  let source: EventSource | null = null
  let opened = false

  const start = () => {
    source = open(alertStreamUrl(apiBaseUrl))
    opened = false
    source.addEventListener('alert', (event) => {
      const message = readStreamMessage((event as MessageEvent).data)
      if (message) for (const listener of [...listeners]) listener.onMessage(message)
    })
    source.addEventListener('open', () => {
      if (opened) for (const listener of [...listeners]) listener.onReconnect()
      opened = true
    })
  }

  return {
    /** Adds a listener (opening the stream for the first one); returns the function that removes it. */
    subscribe(listener: AlertStreamListener): () => void {
      listeners.add(listener)
      if (!source) start()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && source) {
          source.close()
          source = null
        }
      }
    },
    /** How many views listen, for tests. */
    get size() {
      return listeners.size
    },
  }
}

export type AlertStreamHub = ReturnType<typeof createAlertStreamHub>
