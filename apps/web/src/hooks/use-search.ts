import type { SearchResult } from '@heritage-watch/shared'
import { useEffect, useState } from 'react'
import { searchFeatures } from '../api/search-client.ts'
import { env } from '../env.ts'

/** Wait after the last keystroke before asking the API (issue #3: about 200 ms). */
export const SEARCH_DEBOUNCE_MS = 200

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; query: string }
  | { status: 'done'; query: string; results: SearchResult[] }
  | { status: 'error'; query: string }

const IDLE: SearchState = { status: 'idle' }

/** Where results come from; the hook does not know it is HTTP. */
export type SearchLoader = (query: string, signal: AbortSignal) => Promise<SearchResult[]>

const searchApi: SearchLoader = async (query, signal) =>
  (await searchFeatures(query, { apiBaseUrl: env.apiBaseUrl, signal })).results

/**
 * Searches as the user types: waits for a pause, aborts the request of a query that changed, and keeps
 * only the answer to the latest text.
 * @param text the text in the search box
 */
export function useSearch(text: string, load: SearchLoader = searchApi): SearchState {
  const query = text.trim()
  const [state, setState] = useState<SearchState>(IDLE)

  useEffect(() => {
    if (!query) {
      setState(IDLE)
      return
    }
    const controller = new AbortController()
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading', query }))
    const timer = window.setTimeout(() => {
      load(query, controller.signal).then(
        (results) => {
          if (!controller.signal.aborted) setState({ status: 'done', query, results })
        },
        () => {
          if (!controller.signal.aborted) setState({ status: 'error', query })
        },
      )
    }, SEARCH_DEBOUNCE_MS)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [query, load])

  return query ? state : IDLE
}
