import type { AlertStreamMessage } from '@heritage-watch/shared'
import { useEffect, useRef } from 'react'
import { alertStreamUrl } from '../api/alerts-client.ts'
import { env } from '../env.ts'

/** Reads one `alert` event's data without zod; a message of another shape is ignored. */
function readMessage(data: unknown): AlertStreamMessage | undefined {
  try {
    const message = JSON.parse(String(data)) as Partial<AlertStreamMessage>
    return typeof message.alertId === 'string' ? (message as AlertStreamMessage) : undefined
  } catch {
    return undefined
  }
}

/**
 * Listens to `GET /alerts/stream` (server-sent events, cookie auth) while `enabled`, and tells of each
 * alert that changed, so that what is shown is fetched again without a reload. EventSource reconnects
 * by itself (the API ends each stream after a while, and networks fail); changes made while it was
 * away are not replayed, so `onReconnect` is told to fetch everything again.
 */
export function useAlertStream(
  enabled: boolean,
  onMessage: (message: AlertStreamMessage) => void,
  onReconnect: () => void = () => undefined,
): void {
  const latest = useRef({ onMessage, onReconnect })
  useEffect(() => {
    latest.current = { onMessage, onReconnect }
  })

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return
    const source = new EventSource(alertStreamUrl(env.apiBaseUrl), { withCredentials: true })
    const onAlert = (event: MessageEvent) => {
      const message = readMessage(event.data)
      if (message) latest.current.onMessage(message)
    }
    let opened = false
    const onOpen = () => {
      if (opened) latest.current.onReconnect()
      opened = true
    }
    source.addEventListener('alert', onAlert)
    source.addEventListener('open', onOpen)
    return () => {
      source.removeEventListener('alert', onAlert)
      source.removeEventListener('open', onOpen)
      source.close()
    }
  }, [enabled])
}
