import type { SearchResponse } from '@heritage-watch/shared'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../api/query-keys.ts'
import { searchFeatures } from '../api/search-client.ts'
import { env } from '../env.ts'
import { searchPage } from '../lib/search-pages.ts'
import { useDebouncedValue } from './use-debounced-value.ts'

/** Wait after the last keystroke before asking the API (issue #3: about 200 ms). */
const SEARCH_DEBOUNCE_MS = 200

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  /** `page` is the answer's own: while another page loads, the previous one stays on show. */
  | { status: 'done'; query: string; answer: SearchResponse; page: number }
  | { status: 'error'; query: string }

const IDLE: SearchState = { status: 'idle' }

/**
 * Searches as the user types: waits for a pause, cancels the request of a query that changed (the
 * query's AbortSignal), keeps showing the last results meanwhile, and caches each query's answer.
 * @param text the text in the search box
 * @param page 0 for the first results, 1 and on for the pages of "voir tout" (lib/search-pages.ts)
 */
export function useSearch(text: string, page: number): SearchState {
  const query = text.trim()
  const settled = useDebouncedValue(query, SEARCH_DEBOUNCE_MS)
  const answer = useQuery({
    queryKey: queryKeys.search(settled, page),
    queryFn: async ({ signal }) => ({
      page,
      answer: await searchFeatures(settled, { apiBaseUrl: env.apiBaseUrl, signal }, searchPage(page)),
    }),
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  })
  if (!query) return IDLE
  if (answer.data) return { status: 'done', query: settled, ...answer.data }
  if (answer.isError && settled === query) return { status: 'error', query }
  return { status: 'loading', query }
}
