import { fetchActionLog } from '../api/account-log-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSessionQuery } from './use-session-query.ts'

/** A page of the admin log, newest first (admins only); `before` null for the newest page. */
export function useActionLog(before: number | null) {
  return useSessionQuery(queryKeys.actionLog(before), (request) => fetchActionLog(before, request))
}
