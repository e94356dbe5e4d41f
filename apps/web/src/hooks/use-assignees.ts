import { useQuery } from '@tanstack/react-query'
import { fetchAssignees } from '../api/alerts-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSession } from './use-session.ts'

/**
 * The officers and admins an alert can be given to (`GET /alerts/assignees`), cached for the desk and
 * every record.
 * @param enabled false for accounts that may not assign (the query is not sent)
 */
export function useAssignees(enabled = true) {
  const { request } = useSession()
  return useQuery({
    queryKey: queryKeys.assignees,
    queryFn: ({ signal }) => fetchAssignees({ ...request, signal }),
    enabled,
  })
}
