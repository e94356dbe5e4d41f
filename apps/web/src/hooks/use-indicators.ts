import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { fetchIndicators } from '../api/indicators-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { env } from '../env.ts'
import type { IndicatorsRequest } from '../lib/indicators-query.ts'
import { useSession } from './use-session.ts'

/**
 * The indicators of an area and period; keyed by the account too, as visitors get guarded figures.
 * Null asks nothing (the drawn zone's kind before a zone is drawn).
 */
export function useIndicators(request: IndicatorsRequest | null) {
  const { state } = useSession()
  const account = state.status === 'signed-in' ? state.user.id : null
  return useQuery({
    queryKey: queryKeys.indicators(account, request),
    queryFn: ({ signal }) => fetchIndicators(request!, { apiBaseUrl: env.apiBaseUrl, signal }),
    enabled: request !== null && state.status !== 'checking',
    placeholderData: keepPreviousData,
  })
}
