import { type SearchResponse, SearchQuerySchema } from '@heritage-watch/shared'
import type { z } from 'zod'
import { terrilNumber } from '../data-load/terril-numbers.ts'
import type { SearchRepo, SearchTerms } from '../db/search-repo.ts'
import { type InvalidParam, ValidationError } from '../errors.ts'

/** zod's issues as the problem's invalid-params: each unknown parameter named on its own. */
function invalidParams(error: z.ZodError): InvalidParam[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((name) => ({ name, reason: 'unknown parameter; accepted: q, limit' }))
      : [{ name: issue.path.join('.') || 'query', reason: issue.message }],
  )
}

/**
 * Reads the identifiers a text may name. A terril number follows the loader's rule (`terrilNumber`:
 * "T074a", "74a" → "74A"), so that the search and the stored ids cannot disagree.
 */
export function searchTerms(text: string, limit: number): SearchTerms {
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
    /** @throws ValidationError for an empty or too long `q`, a bad `limit` or an unknown parameter */
    async search(query: Record<string, unknown>): Promise<SearchResponse> {
      const parsed = SearchQuerySchema.safeParse(query)
      if (!parsed.success) throw new ValidationError(invalidParams(parsed.error))
      const { q, limit } = parsed.data
      return { query: q, results: await repo.search(searchTerms(q, limit)) }
    },
  }
}

export type SearchService = ReturnType<typeof createSearchService>
