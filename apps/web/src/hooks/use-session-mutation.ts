import { type QueryKey, useQueryClient } from '@tanstack/react-query'
import type { SessionRequestOptions } from '../api/request-json.ts'
import { useKeyedMutation } from './use-keyed-mutation.ts'
import { useSession } from './use-session.ts'

/**
 * A write made for the signed-in account (cookie, CSRF token), which invalidates the lists it changes
 * once it succeeded: the base of the account's write hooks (tokens, users, organisations). Each call
 * carries an Idempotency-Key of its own, the same on its retries.
 * @param invalidates the query keys (or key prefixes) to fetch again after a success
 */
export function useSessionMutation<Variables, Result>(
  write: (variables: Variables, request: SessionRequestOptions) => Promise<Result>,
  invalidates: readonly QueryKey[],
) {
  const { request } = useSession()
  const queryClient = useQueryClient()
  return useKeyedMutation(
    (variables: Variables, idempotencyKey: string) => write(variables, { ...request, idempotencyKey }),
    () => Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  )
}
