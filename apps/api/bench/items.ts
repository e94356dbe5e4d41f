import type pg from 'pg'
import { type AbResult, runAb } from './ab.ts'
import { floorQueries, runFloor } from './floor.ts'
import { apiPath, featureCount, ITEMS_REQUESTS, type ItemsRequest } from './items-requests.ts'
import { measureLatency } from './measure.ts'
import { timedGet } from './timed-get.ts'

// Target 1 (and 2's throughput): each items request on the API and on MapServer, ab -k -c 8 for a fixed
// time, alternated API, MapServer, API, MapServer; the medians and their ratio. On the server, p50 of
// one client against the same SQL through `pg` (the floor), alternated too.

export interface ItemsOptions {
  api: string
  mapserver: string | null
  /** The same API with its response cache on, when this build has one. */
  cachedApi?: string
  /** A pool on the API's database, for the floor; none on the embedded database. */
  floorPool?: pg.Pool
  seconds: number
  rounds: number
  latencyRequests: number
  progress: (message: string) => void
}

export interface ItemsRow {
  id: string
  label: string
  path: string
  features: number
  mapserverFeatures: number | null
  apiBytes: number
  mapserverBytes: number | null
  apiRps: number
  apiP95Ms: number
  mapserverRps: number | null
  mapserverP95Ms: number | null
  ratio: number | null
  cachedRps: number | null
  apiP50Ms: number | null
  floorP50Ms: number | null
  floorRatio: number | null
}

const CONCURRENCY = 8

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * One answer, asked uncompressed: Node's fetch (undici) would send `Accept-Encoding: gzip, deflate` and the
 * API would gzip a 400 kB page for the p50 (and the client gunzip it) while the floor and ab never
 * compress; `identity` times the same bytes on every side.
 * @throws Error when the answer is not 200, or came compressed all the same
 */
async function fetchPage(url: string) {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  const body = await response.text()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 300)}`)
  const encoding = response.headers.get('content-encoding')
  if (encoding && encoding !== 'identity') throw new Error(`${url} answered in ${encoding} to identity`)
  return { body, features: featureCount(body), bytes: Buffer.byteLength(body) }
}

/**
 * ab for `seconds`, refusing a run that measured errors.
 * @throws Error when a request was answered other than 2xx, or nothing completed
 */
async function throughput(url: string, seconds: number): Promise<AbResult> {
  const result = await runAb(url, { seconds, concurrency: CONCURRENCY })
  if (result.non2xx > 0 || result.completed === 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx of ${result.completed} under ab`)
  return result
}

async function measureOne(request: ItemsRequest, options: ItemsOptions): Promise<ItemsRow> {
  const apiUrl = `${options.api}${apiPath(request)}`
  const msUrl = options.mapserver ? `${options.mapserver}${request.mapserver}` : null
  const api = await fetchPage(apiUrl)
  const ms = msUrl ? await fetchPage(msUrl) : null
  // A wrong answer fails the bench whatever the mode: the speed of a wrong page means nothing.
  if (ms && ms.features !== api.features)
    throw new Error(`${request.label}: the API returned ${api.features} features, MapServer ${ms.features}`)
  const apiRuns: AbResult[] = []
  const msRuns: AbResult[] = []
  for (let round = 0; round < options.rounds; round += 1) {
    apiRuns.push(await throughput(apiUrl, options.seconds))
    if (msUrl) msRuns.push(await throughput(msUrl, options.seconds))
  }
  const cached = options.cachedApi
    ? await throughput(`${options.cachedApi}${apiPath(request)}`, options.seconds)
    : null
  const apiRps = median(apiRuns.map((run) => run.requestsPerSecond))
  const mapserverRps = msRuns.length ? median(msRuns.map((run) => run.requestsPerSecond)) : null
  let apiP50Ms: number | null = null
  let floorP50Ms: number | null = null
  if (options.floorPool) {
    const pool = options.floorPool
    const queries = floorQueries(request.collection, request.search, request.featureId)
    const apiLatencies: number[] = []
    const floorLatencies: number[] = []
    // Alternated in small batches so that a noisy neighbour hits both sides alike.
    const batch = Math.max(1, Math.floor(options.latencyRequests / 5))
    for (let done = 0; done < options.latencyRequests; done += batch) {
      const a = await measureLatency('api', batch, () => timedGet(apiUrl))
      const f = await measureLatency('floor', batch, () => runFloor(pool, queries))
      apiLatencies.push(a.p50)
      floorLatencies.push(f.p50)
    }
    apiP50Ms = median(apiLatencies)
    floorP50Ms = median(floorLatencies)
  }
  return {
    id: request.id,
    label: request.label,
    path: apiPath(request),
    features: api.features,
    mapserverFeatures: ms?.features ?? null,
    apiBytes: api.bytes,
    mapserverBytes: ms?.bytes ?? null,
    apiRps,
    apiP95Ms: median(apiRuns.map((run) => run.p95)),
    mapserverRps,
    mapserverP95Ms: msRuns.length ? median(msRuns.map((run) => run.p95)) : null,
    ratio: mapserverRps ? apiRps / mapserverRps : null,
    cachedRps: cached?.requestsPerSecond ?? null,
    apiP50Ms,
    floorP50Ms,
    floorRatio: apiP50Ms !== null && floorP50Ms ? apiP50Ms / floorP50Ms : null,
  }
}

/** Every request of target 1, one after the other. */
export async function measureItems(options: ItemsOptions): Promise<ItemsRow[]> {
  const rows: ItemsRow[] = []
  for (const request of ITEMS_REQUESTS) {
    options.progress(`items: ${request.label}`)
    const row = await measureOne(request, options)
    const ratio =
      row.ratio === null ? '' : `, ${row.ratio.toFixed(2)}x MapServer (${row.mapserverRps?.toFixed(0)}/s)`
    options.progress(`items: ${request.label}: ${row.features} features, ${row.apiRps.toFixed(0)}/s${ratio}`)
    rows.push(row)
  }
  return rows
}
