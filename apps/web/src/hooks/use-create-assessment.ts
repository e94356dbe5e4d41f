import type { AssessmentCreateRequest } from '@heritage-watch/shared'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { assessmentKeys } from '../api/assessment-query-keys.ts'
import { createAssessment } from '../api/assessments-client.ts'
import { useSession } from './use-session.ts'

/**
 * Records a constat (`POST /assessments`). The form's Idempotency-Key is reused on every try, so that a
 * second click or a lost answer never writes two; the series and the map style are refreshed.
 */
export function useCreateAssessment(idempotencyKey: string) {
  const { request } = useSession()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ assessment, photos }: { assessment: AssessmentCreateRequest; photos: readonly File[] }) =>
      createAssessment(assessment, photos, idempotencyKey, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
  })
}
