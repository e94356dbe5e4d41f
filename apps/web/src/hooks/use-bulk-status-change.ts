import type { AlertStatus } from '@heritage-watch/shared'
import { useQueryClient } from '@tanstack/react-query'
import { changeAlertsStatus } from '../api/alerts-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useKeyedMutation } from './use-keyed-mutation.ts'
import { useSession } from './use-session.ts'

/** The desk's bulk status change (all or none); every alert query is invalidated after it. */
export function useBulkStatusChange() {
  const { request } = useSession()
  const queryClient = useQueryClient()
  return useKeyedMutation(
    (change: { ids: string[]; status: AlertStatus; comment?: string }, idempotencyKey: string) =>
      changeAlertsStatus(change, { ...request, idempotencyKey }),
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.alerts }),
  )
}
