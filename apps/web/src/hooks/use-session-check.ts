import { useQuery } from '@tanstack/react-query'
import { fetchMe } from '../api/auth-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { env } from '../env.ts'

/**
 * Who the session cookie belongs to, asked once at start (`GET /auth/me`; the cookie is HttpOnly, so
 * only the API knows). A 401 is an answer (anonymous), not a failure to retry.
 */
export function useSessionCheck() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => fetchMe({ apiBaseUrl: env.apiBaseUrl, signal }),
    retry: false,
    staleTime: Infinity,
  })
}
