import { z } from 'zod'

/** Most results one page of `GET /search` holds; "voir tout" pages on with `offset`. */
export const SEARCH_MAX_LIMIT = 50

/** Query of `GET /search`: free text (name, commune, UNESCO id such as 37B, terril number 74A or T074A). */
export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  limit: z.coerce.number().int().min(1).max(SEARCH_MAX_LIMIT).default(10),
  /** How many of our own results to skip (paging); addresses come on the first page only. */
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
})
export type SearchQuery = z.infer<typeof SearchQuerySchema>

/** Which field of the feature matched, best first: an identifier beats a name, a name beats a commune. */
export const SEARCH_MATCH_KINDS = ['identifiant', 'nom', 'commune'] as const

const BboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()])

/** One record a site is: a terril of the property is also its UNESCO element. */
export const SearchRoleSchema = z.object({ collection: z.string(), id: z.string() })
export type SearchRole = z.infer<typeof SearchRoleSchema>

export const FeatureSearchResultSchema = z.object({
  type: z.literal('feature'),
  /** The record to open: for a terril of the property, the terril. */
  collection: z.string(),
  id: z.string(),
  /** What to show first: the name, or the id when there is no name. */
  label: z.string(),
  /** Second line: kind of feature and commune(s), in French. */
  detail: z.string(),
  matchedOn: z.enum(SEARCH_MATCH_KINDS),
  /** Every record this one site is, the opened one first (a terril and its UNESCO element). */
  roles: z.array(SearchRoleSchema).min(1),
  /** CRS84 bounding box to fly to. */
  bbox: BboxSchema,
})
export type FeatureSearchResult = z.infer<typeof FeatureSearchResultSchema>

/** The kinds of places the national address service (BAN) answers with, as it names them. */
export const ADDRESS_KINDS = ['housenumber', 'street', 'locality', 'municipality'] as const

export const AddressSearchResultSchema = z.object({
  type: z.literal('address'),
  /** The address service's id (a BAN id such as 62528_0420_00011). */
  id: z.string(),
  /** The address as the service writes it ("11 Rue de la Gare 62750 Loos-en-Gohelle"). */
  label: z.string(),
  /** Postcode and town. */
  detail: z.string(),
  kind: z.enum(ADDRESS_KINDS),
  /** CRS84 position. */
  position: z.tuple([z.number(), z.number()]),
  bbox: BboxSchema,
})
export type AddressSearchResult = z.infer<typeof AddressSearchResultSchema>

export const SearchResultSchema = z.discriminatedUnion('type', [
  FeatureSearchResultSchema,
  AddressSearchResultSchema,
])
export type SearchResult = z.infer<typeof SearchResultSchema>

/**
 * Whether the address service took part: `ok` it answered, `unavailable` it failed or was too slow
 * (our own results came anyway), `off` none is configured or this page is not the first.
 */
export const ADDRESS_SERVICE_STATES = ['ok', 'unavailable', 'off'] as const

export const SearchResponseSchema = z.object({
  query: z.string(),
  /** Our sites (and, on the first page, addresses among them), best first. */
  results: z.array(SearchResultSchema),
  /** How many of our own sites match in all, for "voir tout". */
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  /** The offset of the next page of our sites, or null when this one is the last. */
  nextOffset: z.number().int().min(0).nullable(),
  addressService: z.enum(ADDRESS_SERVICE_STATES),
})
export type SearchResponse = z.infer<typeof SearchResponseSchema>

/** Query of `GET /geocode/reverse`: a CRS84 position. */
export const ReverseGeocodeQuerySchema = z.strictObject({
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
})
export type ReverseGeocodeQuery = z.infer<typeof ReverseGeocodeQuerySchema>

/** The address nearest a position, as the national address service gives it. */
export const ReverseGeocodeResponseSchema = z.object({
  label: z.string(),
  kind: z.enum(ADDRESS_KINDS),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  /** How far the address lies from the asked position, in metres, when the service says. */
  distance: z.number().min(0).nullable(),
  position: z.tuple([z.number(), z.number()]),
})
export type ReverseGeocodeResponse = z.infer<typeof ReverseGeocodeResponseSchema>
