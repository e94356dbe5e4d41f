import type { SearchQuery, SearchResponse } from '@heritage-watch/shared'
import { terrilNumber } from '../data-load/terril-numbers.ts'
import type { SearchRepo, SearchTerms } from '../db/search-repo.ts'

/**
 * Reads the identifiers a text may name. A terril number follows the loader's rule (`terrilNumber`:
 * "T074a", "74a" → "74A"), so that the search and the stored ids cannot disagree.
 */
function searchTerms(text: string, limit: number): SearchTerms {
  let terril: string | null
  try {
    terril = terrilNumber(text)
  } catch {
    terril = null
  }
  const component = /^0*([1-9][0-9]{0,2})$/.exec(text)?.[1] ?? null
  return { text, terrilNumber: terril, componentNumber: component, limit }
}

/** GET /search: finds features by identifier, name or commune. */
export function createSearchService(repo: SearchRepo) {
  return {
    /** @param query as the route's SearchQuerySchema read it */
    async search({ q, limit }: SearchQuery): Promise<SearchResponse> {
      return { query: q, results: await repo.search(searchTerms(q, limit)) }
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
