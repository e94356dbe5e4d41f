/**
 * The classes of requests that share a concurrency limit (docs/architecture.md §27). `heavy`: work that
 * can hold a core and tens of megabytes for a while (big pages, exports, PDFs, indicators); `light`:
 * everything else a visitor waits for; `unlimited`: a stream that stays open by design.
 */
export type RouteClass = 'heavy' | 'light' | 'unlimited'

/** Set on a route (`config: { routeClass }`) to override what routeClassOf decides from its URL. */
export interface RouteClassConfig {
  routeClass?: RouteClass
}

/**
 * An items page above this many features counts as heavy: a 10,000-feature page is ~6 MB of JSON made
 * in one go (issue 12), while the default page (100) and a map's street-scale page stay light.
 */
export const HEAVY_ITEMS_LIMIT = 1000

const ITEMS_PAGE = /^\/collections\/[^/]+\/items$/
const HEAVY_ROUTES = [/^\/sheets\/.*\.pdf$/, /^\/indicators/, /^\/exports\//]
const STREAMS = new Set(['/alerts/stream'])
/** `f` values whose answer is a page like any other; the rest (csv, gpkg) are whole exports. */
const PAGE_FORMATS = new Set(['json', 'geojson', 'html'])

/** The part of a request the class depends on. */
export interface ClassifiedRequest {
  /** The route's pattern (`/collections/:collectionId/items`…) or, for static routes, its path. */
  routeUrl: string
  /** The path as requested, without the query. */
  path: string
  query: Record<string, unknown>
}

function firstValue(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' || typeof first === 'number' ? String(first) : undefined
}

/**
 * Which limit a request counts against, decided before any work from its route and query.
 * `GET /alerts` is heavy only as an export (`f=csv|geojson`: every match); its JSON list is paged and light.
 */
export function routeClassOf({ routeUrl, path, query }: ClassifiedRequest): RouteClass {
  const normalised = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
  if (STREAMS.has(normalised)) return 'unlimited'
  const format = firstValue(query.f)?.toLowerCase()
  const exported = format !== undefined && !PAGE_FORMATS.has(format)
  if (ITEMS_PAGE.test(normalised) || routeUrl.endsWith('/items')) {
    const limit = Number(firstValue(query.limit))
    return exported || (Number.isFinite(limit) && limit > HEAVY_ITEMS_LIMIT) ? 'heavy' : 'light'
  }
  if (normalised === '/alerts') return format !== undefined && format !== 'json' ? 'heavy' : 'light'
  return HEAVY_ROUTES.some((pattern) => pattern.test(normalised)) ? 'heavy' : 'light'
}
