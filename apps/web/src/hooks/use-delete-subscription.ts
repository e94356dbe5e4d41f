import { queryKeys } from '../api/query-keys.ts'
import { deleteSubscription } from '../api/subscriptions-client.ts'
import { useSessionMutation } from './use-session-mutation.ts'

/** Unsubscribes, by id; the list is fetched again. */
export function useDeleteSubscription() {
  return useSessionMutation(deleteSubscription, [queryKeys.subscriptions])
}
