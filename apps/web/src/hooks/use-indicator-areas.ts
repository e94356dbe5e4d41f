import { useQuery } from '@tanstack/react-query'
import { fetchIndicatorAreas } from '../api/indicators-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { env } from '../env.ts'

/** The communes and EPCIs of the basin, for the area picker; they change only with a data load. */
export function useIndicatorAreas() {
  return useQuery({
    queryKey: queryKeys.indicatorAreas,
    queryFn: ({ signal }) => fetchIndicatorAreas({ apiBaseUrl: env.apiBaseUrl, signal }),
    staleTime: Infinity,
  })
}
