import { useQueryClient } from '@tanstack/react-query'
import { queryKeys } from '../api/query-keys.ts'
import { useAlertStream } from './use-alert-stream.ts'

/**
 * The page's one listener of the live alert stream: a changed alert invalidates its record, the desk's
 * lists and the map's badges (only those shown are fetched again); after a reconnection, whose missed
 * changes are not replayed, every alert query is invalidated.
 * @param enabled whether the account may read alerts (the stream is closed otherwise)
 */
export function useAlertLiveUpdates(enabled: boolean): void {
  const queryClient = useQueryClient()
  useAlertStream(
    enabled,
    (message) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.alert(message.alertId) })
      void queryClient.invalidateQueries({ queryKey: queryKeys.alertLists })
      void queryClient.invalidateQueries({ queryKey: queryKeys.alertBadges })
    },
    () => void queryClient.invalidateQueries({ queryKey: queryKeys.alerts }),
  )
}
