import type { Alert } from '@heritage-watch/shared'
import { useQueryClient } from '@tanstack/react-query'
import {
  addAlertPhotos,
  assignAlert,
  changeAlertStatus,
  commentAlert,
  editAlert,
} from '../api/alerts-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import type { SessionRequestOptions } from '../api/request-json.ts'
import { useKeyedMutation } from './use-keyed-mutation.ts'
import { useSession } from './use-session.ts'

/** The changes one alert's record offers, each answered with the changed alert. */
const CHANGES = {
  comment: (id: string, body: string, options: SessionRequestOptions) => commentAlert(id, body, options),
  edit: editAlert,
  status: changeAlertStatus,
  assignee: (id: string, assigneeId: string | null, options: SessionRequestOptions) =>
    assignAlert(id, assigneeId, options),
  photos: addAlertPhotos,
} satisfies Record<string, (id: string, change: never, options: SessionRequestOptions) => Promise<Alert>>

export type AlertChangeKind = keyof typeof CHANGES
export type AlertChangeOf<K extends AlertChangeKind> = Parameters<(typeof CHANGES)[K]>[1]

/**
 * A change to one alert (comment, edit, status, assignee, photos) as a mutation: its answer replaces
 * the cached record at once, and the desk's lists and the map's badges are invalidated. Each change
 * carries an Idempotency-Key of its own, the same on its retries.
 * @example const comment = useAlertChange('comment', alert.id); comment.mutate('Vu sur place')
 */
export function useAlertChange<K extends AlertChangeKind>(kind: K, alertId: string) {
  const { request } = useSession()
  const queryClient = useQueryClient()
  const change = CHANGES[kind] as (
    id: string,
    change: AlertChangeOf<K>,
    options: SessionRequestOptions,
  ) => Promise<Alert>
  return useKeyedMutation(
    (variables: AlertChangeOf<K>, idempotencyKey: string) =>
      change(alertId, variables, { ...request, idempotencyKey }),
    (alert) => {
      queryClient.setQueryData(queryKeys.alert(alert.id), alert)
      void queryClient.invalidateQueries({ queryKey: queryKeys.alertLists })
      void queryClient.invalidateQueries({ queryKey: queryKeys.alertBadges })
    },
  )
}
