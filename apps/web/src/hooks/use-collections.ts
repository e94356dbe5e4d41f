import type { Collection } from '@heritage-watch/shared'
import { useQuery } from '@tanstack/react-query'
import { fetchCollections } from '../api/collections-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { env } from '../env.ts'

export type CollectionsState =
  { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; collections: Collection[] }

/**
 * The collections (`/collections`), loaded once and cached; `retry` asks again after a failure.
 * @param enabled false to wait (the state stays `loading`)
 */
export function useCollections(enabled = true): CollectionsState & { retry: () => void } {
  const query = useQuery({
    queryKey: queryKeys.collections,
    queryFn: ({ signal }) => fetchCollections({ apiBaseUrl: env.apiBaseUrl, signal }),
    enabled,
    staleTime: Infinity,
  })
  const retry = () => void query.refetch()
  if (query.isSuccess) return { status: 'ready', collections: query.data.collections, retry }
  // A retry in flight shows as loading again, as the first attempt did.
  if (query.isError && !query.isFetching) return { status: 'error', error: query.error, retry }
  return { status: 'loading', retry }
}
