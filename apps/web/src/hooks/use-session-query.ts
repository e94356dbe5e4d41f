import { type QueryKey, useQuery } from '@tanstack/react-query'
import type { SessionRequestOptions } from '../api/request-json.ts'
import { useSession } from './use-session.ts'

/**
 * A read made for the signed-in account (its cookie, its 401 handling), cached under `queryKey`: the
 * base of the account's list hooks (tokens, users, organisations).
 */
export function useSessionQuery<T>(
  queryKey: QueryKey,
  read: (request: SessionRequestOptions) => Promise<T>,
  enabled = true,
) {
  const { request } = useSession()
  return useQuery({ queryKey, queryFn: ({ signal }) => read({ ...request, signal }), enabled })
}
