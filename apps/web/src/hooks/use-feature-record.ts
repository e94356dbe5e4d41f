import type { Feature, FeatureContext } from '@heritage-watch/shared'
import { useQuery } from '@tanstack/react-query'
import { ApiError } from '../api/api-error.ts'
import { fetchFeature, fetchFeatureContext } from '../api/features-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { env } from '../env.ts'
import type { FeatureRef } from '../lib/url-state.ts'

type RecordState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; feature: Feature }

export type ContextState =
  { status: 'loading' } | { status: 'unavailable' } | { status: 'ready'; context: FeatureContext }

export interface FeatureRecord {
  record: RecordState
  context: ContextState
}

/** A feature that does not exist, or whose id cannot exist: no retry, and "not found" for the user. */
const isMissing = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.status === 400)

/**
 * Loads a feature's record (all its properties) and its context (protections, related features) side
 * by side, each cached by the feature. A failed context does not fail the record: it is reported as
 * `unavailable`.
 */
export function useFeatureRecord({ collection, id }: FeatureRef): FeatureRecord {
  const ref = { collection, id }
  const feature = useQuery({
    queryKey: queryKeys.feature(ref),
    queryFn: ({ signal }) => fetchFeature(ref, { apiBaseUrl: env.apiBaseUrl, signal }),
  })
  const context = useQuery({
    queryKey: queryKeys.featureContext(ref),
    queryFn: ({ signal }) => fetchFeatureContext(ref, { apiBaseUrl: env.apiBaseUrl, signal }),
  })

  let record: RecordState = { status: 'loading' }
  if (feature.isSuccess) record = { status: 'ready', feature: feature.data }
  else if (feature.isError) {
    record = isMissing(feature.error) ? { status: 'missing' } : { status: 'error', error: feature.error }
  }
  return {
    record,
    context: context.isSuccess
      ? { status: 'ready', context: context.data }
      : context.isError
        ? { status: 'unavailable' }
        : { status: 'loading' },
  }
}
