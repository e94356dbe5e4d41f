import type { AlertCreateRequest } from '@heritage-watch/shared'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { createAlert } from '../api/alerts-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSession } from './use-session.ts'

/**
 * Sends a report (`POST /alerts`). The form's Idempotency-Key is reused on every try, so that a second
 * click or a lost answer never makes two alerts. The new alert is cached as its record; the lists and
 * badges are invalidated.
 */
export function useCreateAlert(idempotencyKey: string) {
  const { request } = useSession()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ alert, photos }: { alert: AlertCreateRequest; photos: readonly File[] }) =>
      createAlert(alert, photos, idempotencyKey, request),
    onSuccess: (alert) => {
      queryClient.setQueryData(queryKeys.alert(alert.id), alert)
      void queryClient.invalidateQueries({ queryKey: queryKeys.alertLists })
      void queryClient.invalidateQueries({ queryKey: queryKeys.alertBadges })
    },
  })
}
