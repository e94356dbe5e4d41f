import { queryKeys } from '../api/query-keys.ts'
import { fetchDeliveries } from '../api/subscriptions-client.ts'
import { useSessionQuery } from './use-session-query.ts'

/** What was sent for one subscription, with its attempts; fetched only while `subscriptionId` is set. */
export function useSubscriptionDeliveries(subscriptionId: string | null) {
  return useSessionQuery(
    queryKeys.deliveries(subscriptionId ?? ''),
    (request) => fetchDeliveries(subscriptionId!, request),
    subscriptionId !== null,
  )
}
