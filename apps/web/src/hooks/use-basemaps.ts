import type { Basemaps } from '@heritage-watch/shared'
import { useQuery } from '@tanstack/react-query'
import { fetchBasemaps } from '../api/basemaps-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { env } from '../env.ts'

const NONE: Basemaps = { basemaps: [], compareWith: null }

/**
 * The server's basemaps, loaded once. Until they come, or when the API cannot say, the list is empty:
 * the menu then offers only the offline background.
 */
export function useBasemaps(): Basemaps & { loaded: boolean } {
  const query = useQuery({
    queryKey: queryKeys.basemaps,
    queryFn: ({ signal }) => fetchBasemaps({ apiBaseUrl: env.apiBaseUrl, signal }),
    staleTime: Infinity,
  })
  return { ...(query.data ?? NONE), loaded: query.isSuccess || query.isError }
}
