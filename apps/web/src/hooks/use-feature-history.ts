import type { History } from '@heritage-watch/shared'
import { useQuery } from '@tanstack/react-query'
import { fetchFeatureHistory } from '../api/monitoring-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import type { FeatureRef } from '../lib/url-state.ts'
import { useSession } from './use-session.ts'

export type FeatureHistoryState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; history: History }

/** A feature's merged timeline (GET /history), refreshed with the alerts (its key is under `alerts`). */
export function useFeatureHistory(feature: FeatureRef): FeatureHistoryState {
  const { request } = useSession()
  const query = useQuery({
    queryKey: queryKeys.featureHistory(feature),
    queryFn: ({ signal }) => fetchFeatureHistory(feature, { ...request, signal }),
  })
  if (query.isSuccess) return { status: 'ready', history: query.data }
  return query.isError ? { status: 'error', error: query.error } : { status: 'loading' }
}
