import { type FeatureSearchResult, SEARCH_MATCH_KINDS } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import { BASIN_CENTRE_SQL, POINTS_IN_BASIN_SQL, SEARCH_SQL } from './sql/search.sql.ts'

/** What to look for, already normalised by the service. */
export interface SearchTerms {
  /** The text as typed; the SQL folds case, accents, hyphens, apostrophes and "n°"/"numéro". */
  text: string
  /** The element, shaft or INSEE id the text may be (upper-cased), or null when it names a terril only. */
  identifier: string | null
  /** The HBNPC terril number the text names ("T074a" → "74A"), or null. */
  terrilNumber: string | null
  /** The component number the text names ("023" → "23"), or null. */
  componentNumber: string | null
  limit: number
  offset: number
}

/** Match quality, lower is better: 0 an identifier, 1–3 a name (start, word, inside), 4 a commune. */
type MatchRank = 0 | 1 | 2 | 3 | 4

interface SearchRow {
  collection: string
  id: string
  label: string
  detail: string
  rank: MatchRank
  /** Every record of the site, the shown one first (search.sql.ts). */
  roles: { collection: string; id: string }[]
  total: string
  min_x: number
  min_y: number
  max_x: number
  max_y: number
}

const MATCHED_ON: Record<MatchRank, FeatureSearchResult['matchedOn']> = {
  0: SEARCH_MATCH_KINDS[0],
  1: SEARCH_MATCH_KINDS[1],
  2: SEARCH_MATCH_KINDS[1],
  3: SEARCH_MATCH_KINDS[1],
  4: SEARCH_MATCH_KINDS[2],
}

/** A page of sites, with each one's match quality (for placing addresses among them) and the total. */
export interface SearchPage {
  sites: { result: FeatureSearchResult; rank: MatchRank }[]
  total: number
}

/** Runs the search queries. */
export function createSearchRepo(db: Queryable) {
  return {
    /** The sites that match, best first, one page of them; `sites` is empty when none does. */
    async search(terms: SearchTerms): Promise<SearchPage> {
      const result = await db.query<SearchRow>(SEARCH_SQL, [
        terms.text,
        terms.identifier,
        terms.terrilNumber,
        terms.componentNumber,
        terms.limit,
        terms.offset,
      ])
      const sites = result.rows.map((row) => ({
        rank: row.rank,
        result: {
          type: 'feature' as const,
          collection: row.collection,
          id: row.id,
          label: row.label,
          detail: row.detail,
          matchedOn: MATCHED_ON[row.rank],
          roles: row.roles,
          bbox: [row.min_x, row.min_y, row.max_x, row.max_y] as [number, number, number, number],
        },
      }))
      return { sites, total: Number(result.rows[0]?.total ?? 0) }
    },

    /**
     * Which positions lie in the mining basin.
     * @returns the indexes (0-based) of the positions kept, in order; empty for an empty list
     */
    async inBasin(positions: readonly (readonly [number, number])[]): Promise<number[]> {
      if (positions.length === 0) return []
      const result = await db.query<{ position: number }>(POINTS_IN_BASIN_SQL, [
        positions.map(([lon]) => lon),
        positions.map(([, lat]) => lat),
      ])
      return result.rows.map((row) => row.position - 1)
    },

    /** A point near the middle of the mining basin, or null when no basin is loaded. */
    async basinCentre(): Promise<[number, number] | null> {
      const result = await db.query<{ lon: number; lat: number }>(BASIN_CENTRE_SQL)
      const row = result.rows[0]
      return row ? [row.lon, row.lat] : null
    },
  }
}

export type SearchRepo = ReturnType<typeof createSearchRepo>
