import type { AlertFilter, AlertList, AlertSort } from '@heritage-watch/shared'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchAlerts } from '../api/alerts-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSession } from './use-session.ts'

export type AlertListState =
  | { status: 'loading'; previous?: AlertList }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; list: AlertList }

/**
 * One page of alerts for the desk. The live stream (use-alert-live-updates.ts) and every write
 * invalidate the lists, so officers never reload to see a new alert; the page shown stays while the
 * next one loads.
 */
export function useAlertList(
  filter: AlertFilter,
  sort: AlertSort,
  page: { limit: number; offset: number },
): AlertListState {
  const { request } = useSession()
  const query = useQuery({
    queryKey: queryKeys.alertList(filter, sort, page),
    queryFn: ({ signal }) => fetchAlerts(filter, sort, page, { ...request, signal }),
    placeholderData: keepPreviousData,
  })

  if (query.isError && !query.isFetching) return { status: 'error', error: query.error }
  if (query.isSuccess && !query.isPlaceholderData) return { status: 'ready', list: query.data }
  return { status: 'loading', previous: query.data }
}
