import type { AlertList } from '@heritage-watch/shared'
import { useQuery } from '@tanstack/react-query'
import { fetchFeatureAlerts } from '../api/monitoring-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import type { FeatureRef } from '../lib/url-state.ts'
import { useSession } from './use-session.ts'

export type FeatureAlertsState =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; list: AlertList }

/**
 * The alerts of a feature that the account may see, open and closed, for its record. Under the `alerts`
 * key: the live stream and every write refresh it.
 */
export function useFeatureAlerts(feature: FeatureRef): FeatureAlertsState {
  const { request } = useSession()
  const query = useQuery({
    queryKey: queryKeys.featureAlerts(feature),
    queryFn: ({ signal }) => fetchFeatureAlerts(feature, { ...request, signal }),
  })
  if (query.isSuccess) return { status: 'ready', list: query.data }
  return query.isError ? { status: 'error', error: query.error } : { status: 'loading' }
}
