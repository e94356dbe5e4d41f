import type { AssessmentValidationRequest } from '@heritage-watch/shared'
import { useQueryClient } from '@tanstack/react-query'
import { assessmentKeys } from '../api/assessment-query-keys.ts'
import { decideAssessment } from '../api/assessments-client.ts'
import { useKeyedMutation } from './use-keyed-mutation.ts'
import { useSession } from './use-session.ts'

/** An officer validates or refuses a partner's proposal; the series and the map style are refreshed. */
export function useDecideAssessment() {
  const { request } = useSession()
  const queryClient = useQueryClient()
  return useKeyedMutation(
    ({ id, decision }: { id: string; decision: AssessmentValidationRequest }, idempotencyKey: string) =>
      decideAssessment(id, decision, { ...request, idempotencyKey }),
    () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
  )
}
