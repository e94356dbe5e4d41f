import type { Alert } from '@heritage-watch/shared'
import { useCallback, useEffect, useState } from 'react'
import { fetchAlert } from '../api/alerts-client.ts'
import { useAlertStream } from './use-alert-stream.ts'
import { useSession } from './use-session.ts'

export type AlertRecordState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; alert: Alert }

/**
 * One alert's record, fetched again when the live stream says it changed (someone else moved it on or
 * commented), and replaced by the answer of a change made here (`setAlert`).
 */
export function useAlertRecord(id: string) {
  const { request } = useSession()
  const [state, setState] = useState<AlertRecordState>({ status: 'loading' })
  const [version, setVersion] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    fetchAlert(id, { ...request, signal: controller.signal }).then(
      (alert) => setState({ status: 'ready', alert }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error }),
    )
    return () => controller.abort()
  }, [id, request, version])

  const reload = () => setVersion((previous) => previous + 1)
  useAlertStream(
    true,
    (message) => {
      if (message.alertId === id) reload()
    },
    reload,
  )

  const setAlert = useCallback((alert: Alert) => setState({ status: 'ready', alert }), [])
  return { state, setAlert }
}
