import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { ACCOUNT_QUERY_ROOTS } from '../api/query-keys.ts'

/**
 * Resets the account's cached answers (alerts, tokens, admin lists) when another account, or none, is
 * signed in, so that nobody is shown what the previous account could see.
 * @param accountId the signed-in account's id, or null
 */
export function useAccountScopedCache(accountId: string | null): void {
  const queryClient = useQueryClient()
  const previous = useRef(accountId)
  useEffect(() => {
    if (previous.current === accountId) return
    previous.current = accountId
    void queryClient.resetQueries({
      predicate: (query) => ACCOUNT_QUERY_ROOTS.includes(String(query.queryKey[0])),
    })
  }, [accountId, queryClient])
}
