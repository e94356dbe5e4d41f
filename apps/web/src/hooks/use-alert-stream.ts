import type { AlertStreamMessage } from '@heritage-watch/shared'
import { useEffect, useRef } from 'react'
import { type AlertStreamHub, createAlertStreamHub } from '../api/alert-stream.ts'
import { env } from '../env.ts'

let hub: AlertStreamHub | undefined

/**
 * Listens to `GET /alerts/stream` (server-sent events, cookie auth) while `enabled`, and tells of each
 * alert that changed, so that what is shown is fetched again without a reload. Every view shares the
 * page's one stream (api/alert-stream.ts). EventSource reconnects by itself (the API ends each stream
 * after a while, and networks fail); changes made while it was away are not replayed, so `onReconnect`
 * is told to fetch everything again.
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
    hub ??= createAlertStreamHub(env.apiBaseUrl)
    return hub.subscribe({
      onMessage: (message) => latest.current.onMessage(message),
      onReconnect: () => latest.current.onReconnect(),
    })
  }, [enabled])
}
