import { useQuery } from '@tanstack/react-query'
import { assessmentKeys } from '../api/assessment-query-keys.ts'
import { fetchAssessmentSeries } from '../api/assessments-client.ts'
import type { FeatureRef } from '../lib/url-state.ts'
import { useSession } from './use-session.ts'

/** A feature's constats as the signed-in account may see them, with the latest state and trend. */
export function useAssessmentSeries(feature: FeatureRef) {
  const { request } = useSession()
  return useQuery({
    queryKey: assessmentKeys.series(feature),
    queryFn: ({ signal }) => fetchAssessmentSeries(feature, { ...request, signal }),
  })
}
