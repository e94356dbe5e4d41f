import { revokeToken } from '../api/auth-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSessionMutation } from './use-session-mutation.ts'

/** Revokes a personal API token at once, by id; the token list is fetched again. */
export function useRevokeToken() {
  return useSessionMutation(revokeToken, [queryKeys.tokens])
}
