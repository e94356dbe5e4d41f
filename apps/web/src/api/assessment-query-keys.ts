import type { FeatureRef } from '../lib/url-state.ts'

/**
 * The constats' query keys, under the account root `assessments` (reset when the account changes, see
 * ACCOUNT_QUERY_ROOTS), so that one invalidation refreshes the series and the map style.
 */
export const assessmentKeys = {
  all: ['assessments'] as const,
  series: ({ collection, id }: FeatureRef) => ['assessments', 'series', collection, id] as const,
  latest: ['assessments', 'latest'] as const,
  followup: (id: string) => ['site-followup', id] as const,
}
