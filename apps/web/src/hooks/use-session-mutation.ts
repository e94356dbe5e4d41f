import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query'
import type { SessionRequestOptions } from '../api/request-json.ts'
import { useSession } from './use-session.ts'

/**
 * A write made for the signed-in account (cookie, CSRF token), which invalidates the lists it changes
 * once it succeeded: the base of the account's write hooks (tokens, users, organisations).
 * @param invalidates the query keys (or key prefixes) to fetch again after a success
 */
export function useSessionMutation<Variables, Result>(
  write: (variables: Variables, request: SessionRequestOptions) => Promise<Result>,
  invalidates: readonly QueryKey[],
) {
  const { request } = useSession()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (variables: Variables) => write(variables, request),
    onSuccess: () => Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}
