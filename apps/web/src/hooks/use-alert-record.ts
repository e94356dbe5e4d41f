import type { Alert } from '@heritage-watch/shared'
import { useQuery } from '@tanstack/react-query'
import { fetchAlert } from '../api/alerts-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSession } from './use-session.ts'

export type AlertRecordState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; alert: Alert }

/**
 * One alert's record, fetched again when the live stream says it changed (someone else moved it on or
 * commented; use-alert-live-updates.ts), and replaced by the answer of a change made here
 * (use-alert-change.ts puts it in the cache).
 */
export function useAlertRecord(id: string): AlertRecordState {
  const { request } = useSession()
  const query = useQuery({
    queryKey: queryKeys.alert(id),
    queryFn: ({ signal }) => fetchAlert(id, { ...request, signal }),
  })
  return query.isSuccess
    ? { status: 'ready', alert: query.data }
    : query.isError
      ? { status: 'error', error: query.error }
      : { status: 'loading' }
}
