import type { SearchResult } from '@heritage-watch/shared'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../api/query-keys.ts'
import { searchFeatures } from '../api/search-client.ts'
import { env } from '../env.ts'
import { useDebouncedValue } from './use-debounced-value.ts'

/** Wait after the last keystroke before asking the API (issue #3: about 200 ms). */
const SEARCH_DEBOUNCE_MS = 200

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; results: SearchResult[] }
  | { status: 'error'; query: string }

const IDLE: SearchState = { status: 'idle' }

/**
 * Searches as the user types: waits for a pause, cancels the request of a query that changed (the
 * query's AbortSignal), keeps showing the last results meanwhile, and caches each query's answer.
 * @param text the text in the search box
 */
export function useSearch(text: string): SearchState {
  const query = text.trim()
  const settled = useDebouncedValue(query, SEARCH_DEBOUNCE_MS)
  const answer = useQuery({
    queryKey: queryKeys.search(settled),
    queryFn: async ({ signal }) =>
      (await searchFeatures(settled, { apiBaseUrl: env.apiBaseUrl, signal })).results,
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  })
  if (!query) return IDLE
  if (answer.data) return { status: 'done', query: settled, results: answer.data }
  if (answer.isError && settled === query) return { status: 'error', query }
  return { status: 'loading', query }
}
