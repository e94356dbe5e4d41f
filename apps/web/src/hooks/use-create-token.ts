import { createToken } from '../api/auth-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSessionMutation } from './use-session-mutation.ts'

/** A new personal API token (its secret is in this answer only); the token list is fetched again. */
export function useCreateToken() {
  return useSessionMutation(createToken, [queryKeys.tokens])
}
