import type { ErbmCiteDetail } from '@heritage-watch/shared'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { erbmQueryKeys } from '../api/erbm-query-keys.ts'
import type { SessionRequestOptions } from '../api/request-json.ts'
import { useSession } from './use-session.ts'

/**
 * A write to a cité's follow-up (staff): the answer is the cité's new follow-up, kept at once; the
 * dashboard's lines are fetched again, as its phase, last opinion or scores may have changed.
 */
export function useErbmEdit<Variables extends { citeId: string }>(
  write: (variables: Variables, request: SessionRequestOptions) => Promise<ErbmCiteDetail>,
) {
  const { request } = useSession()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (variables: Variables) => write(variables, request),
    onSuccess: (detail, variables) => {
      queryClient.setQueryData(erbmQueryKeys.cite(variables.citeId), detail)
      // Not awaited: the form that wrote clears as its entry appears, not once the dashboard's lines
      // are back (awaiting kept the sent text in the form beside the new entry for that refetch).
      void queryClient.invalidateQueries({ queryKey: erbmQueryKeys.allCites })
    },
  })
}
