import { queryKeys } from '../api/query-keys.ts'
import { fetchSubscriptions } from '../api/subscriptions-client.ts'
import { useSessionQuery } from './use-session-query.ts'

/** The account's subscriptions, newest first. */
export function useSubscriptions() {
  return useSessionQuery(queryKeys.subscriptions, fetchSubscriptions)
}
