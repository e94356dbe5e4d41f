import type { SiteAtRiskFollowupRequest } from '@heritage-watch/shared'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { assessmentKeys } from '../api/assessment-query-keys.ts'
import { fetchSiteFollowup, saveSiteFollowup } from '../api/assessments-client.ts'
import { useSession } from './use-session.ts'

/** An endangered site's follow-up (Fondation du Patrimoine, owner, protection), and its saving by staff. */
export function useSiteFollowup(siteId: string) {
  const { request } = useSession()
  const queryClient = useQueryClient()
  const followup = useQuery({
    queryKey: assessmentKeys.followup(siteId),
    queryFn: ({ signal }) => fetchSiteFollowup(siteId, { ...request, signal }),
  })
  const save = useMutation({
    mutationFn: (body: SiteAtRiskFollowupRequest) => saveSiteFollowup(siteId, body, request),
    onSuccess: (saved) => queryClient.setQueryData(assessmentKeys.followup(siteId), saved),
  })
  return { followup, save }
}
