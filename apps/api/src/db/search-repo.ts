import { SEARCH_MATCH_KINDS, type SearchResult } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import { SEARCH_SQL } from './sql/search.sql.ts'

/** What to look for, already normalised by the service. */
export interface SearchTerms {
  /** The text as typed; the SQL folds case, accents, hyphens and apostrophes. */
  text: string
  /** The HBNPC terril number the text names ("T074a" → "74A"), or null. */
  terrilNumber: string | null
  /** The component number the text names ("023" → "23"), or null. */
  componentNumber: string | null
  limit: number
}

interface SearchRow {
  collection: string
  id: string
  label: string
  detail: string
  rank: 0 | 1 | 2 | 3
  min_x: number
  min_y: number
  max_x: number
  max_y: number
}

/** SQL rank → the field that matched: 0 an identifier, 1 and 2 a name (prefix, contains), 3 a commune. */
const MATCHED_ON: Record<SearchRow['rank'], SearchResult['matchedOn']> = {
  0: SEARCH_MATCH_KINDS[0],
  1: SEARCH_MATCH_KINDS[1],
  2: SEARCH_MATCH_KINDS[1],
  3: SEARCH_MATCH_KINDS[2],
}

/** Runs the search query. */
export function createSearchRepo(db: Queryable) {
  return {
    /** The features that match, best first, at most `terms.limit`; an empty array when none does. */
    async search(terms: SearchTerms): Promise<SearchResult[]> {
      const result = await db.query<SearchRow>(SEARCH_SQL, [
        terms.text,
        terms.text.toUpperCase(),
        terms.terrilNumber,
        terms.componentNumber,
        terms.limit,
      ])
      return result.rows.map((row) => ({
        collection: row.collection,
        id: row.id,
        label: row.label,
        detail: row.detail,
        matchedOn: MATCHED_ON[row.rank],
        bbox: [row.min_x, row.min_y, row.max_x, row.max_y],
      }))
    },
  }
}

export type SearchRepo = ReturnType<typeof createSearchRepo>
