import { z } from 'zod'

/** Query of `GET /search`: free text (name, commune, UNESCO id such as 37B, terril number 74A or T074A). */
export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
})
export type SearchQuery = z.infer<typeof SearchQuerySchema>

/** Which field of the feature matched, best first: an identifier beats a name, a name beats a commune. */
export const SEARCH_MATCH_KINDS = ['identifiant', 'nom', 'commune'] as const

export const SearchResultSchema = z.object({
  collection: z.string(),
  id: z.string(),
  /** What to show first: the name, or the id when there is no name. */
  label: z.string(),
  /** Second line: kind of feature and commune(s), in French. */
  detail: z.string(),
  matchedOn: z.enum(SEARCH_MATCH_KINDS),
  /** CRS84 bounding box to fly to. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
})
export type SearchResult = z.infer<typeof SearchResultSchema>

export const SearchResponseSchema = z.object({
  query: z.string(),
  results: z.array(SearchResultSchema),
})
export type SearchResponse = z.infer<typeof SearchResponseSchema>
