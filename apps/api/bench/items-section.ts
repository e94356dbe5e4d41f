import type { ItemsRow } from './items.ts'
import { megabytes } from './measure.ts'
import { markdownTable } from './report.ts'
import type { BenchSection, TargetResult } from './report-section.ts'
import { atLeast, atMost, notMeasured } from './targets.ts'

// The items section of the report: targets 1 and 2 of issue 12.

export interface ItemsMeasure {
  server: ItemsRow[] | null
  embedded: ItemsRow[] | null
  /** Peak VmRSS of the embedded API under the items load, in bytes. */
  embeddedPeakRss: number | null
  serverPeakRss: number | null
  firstStartMs: number | null
  warmStartMs: number | null
  /** Why MapServer (or ab) did not run, when it did not. */
  mapserverSkipped: string | null
  cacheAvailable: boolean
}

const fixed = (value: number | null, digits = 0) => (value === null ? '—' : value.toFixed(digits))

function table(rows: readonly ItemsRow[], withFloor: boolean) {
  const headers = [
    'request',
    'features API / MS',
    'API /s',
    'MapServer /s',
    'ratio',
    'API p95 ms',
    'MS p95 ms',
    'bytes API / MS',
  ]
  if (withFloor) headers.push('cached /s', 'API p50 ms', 'pg floor p50 ms', 'p50 / floor')
  return markdownTable(
    headers,
    rows.map((row) => [
      row.label,
      `${row.features} / ${row.mapserverFeatures ?? '—'}`,
      fixed(row.apiRps),
      fixed(row.mapserverRps),
      row.ratio === null ? '—' : `${row.ratio.toFixed(2)}x`,
      fixed(row.apiP95Ms),
      fixed(row.mapserverP95Ms),
      `${row.apiBytes} / ${row.mapserverBytes ?? '—'}`,
      ...(withFloor
        ? [
            fixed(row.cachedRps),
            fixed(row.apiP50Ms, 2),
            fixed(row.floorP50Ms, 2),
            row.floorRatio === null ? '—' : `${row.floorRatio.toFixed(2)}x`,
          ]
        : []),
    ]),
  )
}

const ratios = (rows: readonly ItemsRow[] | null) =>
  (rows ?? []).map((row) => ({ label: row.id, value: row.ratio }))

/**
 * Judges targets 1 and 2 on what was measured. Target 1 twice: the API as shipped, whose response cache
 * keyed on the data version (one of the ways the issue names) answers repeated anonymous pages without
 * the database, and with the cache off, every request reaching PostgreSQL (what a map panning to new
 * bboxes meets).
 */
export function itemsTargets(measure: ItemsMeasure): TargetResult[] {
  const why = measure.mapserverSkipped
  const server = {
    id: 'items-vs-mapserver',
    label: 'Items vs MapServer (server, cache off)',
    target: '≥ 3x throughput on every request',
  }
  const shipped = {
    id: 'items-vs-mapserver-as-shipped',
    label: 'Items vs MapServer (server, as shipped: response cache on)',
    target: '≥ 3x throughput on every request',
  }
  const cachedRatios = (measure.server ?? []).map((row) => ({
    label: row.id,
    value: row.cachedRps !== null && row.mapserverRps ? row.cachedRps / row.mapserverRps : null,
  }))
  const floor = {
    id: 'items-vs-floor',
    label: 'Items p50 vs pg floor (server)',
    target: '≤ 1.5x the same SQL through pg',
  }
  const embedded = {
    id: 'embedded-vs-mapserver',
    label: 'Items vs MapServer (embedded)',
    target: '≥ 1x throughput on every request',
  }
  const rss = {
    id: 'embedded-rss',
    label: 'Embedded API resident memory under the items load',
    target: '≤ 600 MB',
  }
  const first = {
    id: 'embedded-first-start',
    label: 'Embedded first start (new data dir, full load)',
    target: '≤ 30 s',
  }
  const warm = { id: 'embedded-warm-start', label: 'Embedded warm start', target: '≤ 5 s' }
  const seconds = (ms: number | null) => [{ label: 'start', value: ms === null ? null : ms / 1000 }]
  return [
    why && !measure.server?.some((row) => row.ratio !== null)
      ? notMeasured(server, why)
      : atLeast(server, ratios(measure.server), 3, 'x'),
    ...(measure.cacheAvailable && cachedRatios.some((entry) => entry.value !== null)
      ? [atLeast(shipped, cachedRatios, 3, 'x')]
      : []),
    atMost(
      floor,
      (measure.server ?? []).map((row) => ({ label: row.id, value: row.floorRatio })),
      1.5,
      'x',
    ),
    why && !measure.embedded?.some((row) => row.ratio !== null)
      ? notMeasured(embedded, why)
      : atLeast(embedded, ratios(measure.embedded), 1, 'x'),
    atMost(
      rss,
      [{ label: 'peak', value: measure.embeddedPeakRss === null ? null : measure.embeddedPeakRss / 2 ** 20 }],
      600,
      ' MB',
    ),
    atMost(first, seconds(measure.firstStartMs), 30, ' s'),
    atMost(warm, seconds(measure.warmStartMs), 5, ' s'),
  ]
}

/** The section for report.md / report.json. */
export function itemsSection(measure: ItemsMeasure): BenchSection {
  const parts = [
    'Throughput: ApacheBench keep-alive, 8 connections, fixed time, API and MapServer 8 (4 FastCGI workers ' +
      'behind lighttpd, same PostgreSQL tables) alternated; medians of the runs (ab asks no compression). Latency: ' +
      'one client on one kept-alive connection (node:http, apps/api/bench/timed-get.ts) that receives the answer ' +
      'uncompressed (`Accept-Encoding: identity`: the same bytes as the floor, which is never compressed) and decodes ' +
      'it to a string, as `pg` receives and decodes the rows of the same SQL (apps/api/bench/floor.ts), alternated in ' +
      "batches; neither side parses the JSON (until the run of 5b82ce3 the API's side was timed through Node's fetch " +
      'with a JSON.parse, about 1.2 ms and 2–4 ms on the big pages more than the floor paid). MapServer 8.0 has ' +
      'neither property filters nor `crs`: for the filter it reads a layer made for the request (the filter in ' +
      "the layer's SQL), for `crs` it answers the same rows in CRS84, the only CRS it has. Every row checked: " +
      'both servers return the same number of features with a geometry (MapServer leaves out the one cavalier without a geometry, which the API returns with a null one).',
  ]
  if (measure.mapserverSkipped) parts.push(`MapServer side not run: ${measure.mapserverSkipped}.`)
  if (measure.server) {
    parts.push('### PostgreSQL server', table(measure.server, true))
    if (!measure.cacheAvailable)
      parts.push('This build has no RESPONSE_CACHE setting: the cached column is empty.')
    if (measure.serverPeakRss !== null)
      parts.push(`Peak resident memory of the API: ${megabytes(measure.serverPeakRss)}.`)
  }
  if (measure.embedded) {
    parts.push('### Embedded database (PGlite, the default `npm start`)', table(measure.embedded, false))
    parts.push(
      `First start ${fixed(measure.firstStartMs === null ? null : measure.firstStartMs / 1000, 1)} s, ` +
        `warm start ${fixed(measure.warmStartMs === null ? null : measure.warmStartMs / 1000, 1)} s (until /healthz answers); ` +
        `peak resident memory under load ${measure.embeddedPeakRss === null ? '—' : megabytes(measure.embeddedPeakRss)}.`,
    )
  }
  return {
    id: 'items',
    title: 'Items against MapServer (targets 1 and 2)',
    markdown: parts.join('\n\n'),
    data: measure,
    targets: itemsTargets(measure),
  }
}
