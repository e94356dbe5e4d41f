import { fetchLoginLog } from '../api/account-log-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSessionQuery } from './use-session-query.ts'

/** A page of the login log, newest first (admins only); `before` null for the newest page. */
export function useLoginLog(before: number | null) {
  return useSessionQuery(queryKeys.loginLog(before), (request) => fetchLoginLog(before, request))
}
