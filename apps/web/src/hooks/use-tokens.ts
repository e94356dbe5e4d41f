import { fetchTokens } from '../api/auth-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { useSessionQuery } from './use-session-query.ts'

/** The account's personal API tokens, newest first, revoked ones included. */
export function useTokens() {
  return useSessionQuery(queryKeys.tokens, fetchTokens)
}
