import type { AlertFilter, AlertList, AlertSort } from '@heritage-watch/shared'
import { useCallback, useEffect, useState } from 'react'
import { fetchAlerts } from '../api/alerts-client.ts'
import { useAlertStream } from './use-alert-stream.ts'
import { useSession } from './use-session.ts'

export type AlertListState =
  | { status: 'loading'; previous?: AlertList }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; list: AlertList }

/**
 * One page of alerts for the desk, fetched again whenever the live stream says an alert changed (a new
 * one, a status moved elsewhere): officers never reload to see a new alert.
 */
export function useAlertList(filter: AlertFilter, sort: AlertSort, page: { limit: number; offset: number }) {
  const { request } = useSession()
  const [state, setState] = useState<AlertListState>({ status: 'loading' })
  const [version, setVersion] = useState(0)
  const key = JSON.stringify({ filter, sort, page })

  useEffect(() => {
    const controller = new AbortController()
    const {
      filter: f,
      sort: s,
      page: p,
    } = JSON.parse(key) as { filter: AlertFilter; sort: AlertSort; page: typeof page }
    setState((previous) => ({
      status: 'loading',
      previous: previous.status === 'ready' ? previous.list : undefined,
    }))
    fetchAlerts(f, s, p, { ...request, signal: controller.signal }).then(
      (list) => setState({ status: 'ready', list }),
      (error: unknown) => !controller.signal.aborted && setState({ status: 'error', error }),
    )
    return () => controller.abort()
  }, [key, request, version])

  const reload = useCallback(() => setVersion((previous) => previous + 1), [])
  useAlertStream(true, reload, reload)
  return { state, reload }
}
