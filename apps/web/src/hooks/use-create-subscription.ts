import { queryKeys } from '../api/query-keys.ts'
import { createSubscription } from '../api/subscriptions-client.ts'
import { useSessionMutation } from './use-session-mutation.ts'

/** A new subscription (a webhook's secret is in this answer only); the list is fetched again. */
export function useCreateSubscription() {
  return useSessionMutation(createSubscription, [queryKeys.subscriptions])
}
