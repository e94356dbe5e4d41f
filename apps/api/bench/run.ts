import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { loadConfig, repositoryRoot } from '../src/config.ts'
import { createPool } from '../src/db/pool.ts'
import { prepareTestDatabase } from '../test/setup/load-test-database.ts'
import { startServerPostgis } from '../test/setup/server-postgis.ts'
import { abInstalled } from './ab.ts'
import { type ApiProcess, startApi } from './api-process.ts'
import { measureItems } from './items.ts'
import { type ItemsMeasure, itemsSection } from './items-section.ts'
import { VARIANT_LAYERS } from './items-requests.ts'
import { alertsAndIndicatorsSection } from './latency-section.ts'
import { catalogueLayers } from './mapserver/mapfile.ts'
import { ensureMapServerTools, startMapServer } from './mapserver/server.ts'
import { timed } from './measure.ts'
import { overloadSection } from './overload.ts'
import { scaleSection } from './scale/section.ts'
import { writeReport } from './report.ts'
import { firstIdleSection } from '../../web/bench/first-idle.ts'
import type { BenchSection } from './report-section.ts'

// npm run bench: one run on this machine, in a throwaway PostgreSQL cluster loaded with the real data,
// MapServer 8 beside the API; writes bench/report.md and bench/report.json. --quick: short runs, small
// sizes, every kind of measure once (CI). A wrong answer or a crash exits 1; missed targets do not.

const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1'
const CI = process.env.CI === 'true'
// --only=items,overload runs some sections (names: the first word of each, see SECTIONS); their report
// goes to bench/partial/ so that the full report stays whole.
const ONLY = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const progress = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/** What every section can use: the throwaway server cluster and MapServer over it. */
export interface BenchContext {
  quick: boolean
  databaseUrl: string
  mapserver: string | null
  mapserverSkipped: string | null
  progress: (message: string) => void
}

type Section = (context: BenchContext) => Promise<BenchSection>

const SETTINGS = QUICK
  ? {
      seconds: 1,
      rounds: 1,
      latencyRequests: 10,
      requests: 10,
      sizes: { alerts: 10_000, assessments: 5_000 },
    }
  : {
      seconds: 5,
      rounds: 2,
      latencyRequests: 100,
      requests: 50,
      sizes: { alerts: 100_000, assessments: 50_000 },
    }

const CACHE_AVAILABLE = 'RESPONSE_CACHE' in loadConfig({})

async function withApi<T>(env: Record<string, string>, work: (api: ApiProcess) => Promise<T>) {
  const api = await startApi(env)
  try {
    return await work(api)
  } finally {
    await api.stop()
  }
}

/** Targets 1 and 2: the items requests on the server and on the embedded database. */
const items: Section = async (context) => {
  const common = { mapserver: context.mapserver, ...SETTINGS, progress: context.progress }
  const pool = createPool(context.databaseUrl)
  const uncached = { DATABASE_URL: context.databaseUrl, RESPONSE_CACHE: 'off' }
  const measure: ItemsMeasure = {
    server: null,
    embedded: null,
    embeddedPeakRss: null,
    serverPeakRss: null,
    firstStartMs: null,
    warmStartMs: null,
    mapserverSkipped: context.mapserverSkipped,
    cacheAvailable: CACHE_AVAILABLE,
  }
  // Without ab (a dev machine without apache2-utils; the tools check said so) only the starts are measured.
  const withAb = abInstalled()
  try {
    context.progress('items on the PostgreSQL server')
    if (withAb)
      await withApi(uncached, async (api) => {
        const run = (cachedApi?: string) =>
          measureItems({ ...common, api: api.base, cachedApi, floorPool: pool })
        measure.server = CACHE_AVAILABLE
          ? await withApi({ DATABASE_URL: context.databaseUrl }, (cached) => run(cached.base))
          : await run()
        measure.serverPeakRss = api.peakRss()
      })
  } finally {
    await pool.end()
  }
  const pgliteDir = await mkdtemp(path.join(os.tmpdir(), 'hw-bench-pglite-'))
  try {
    const embedded = { PGLITE_DATA_DIR: pgliteDir, RESPONSE_CACHE: 'off' }
    context.progress('embedded: first start (new data directory, migrations, full load)')
    measure.firstStartMs = await withApi(embedded, async (api) => api.startMs)
    context.progress('embedded: warm start')
    await withApi(embedded, async (api) => {
      measure.warmStartMs = api.startMs
      if (!withAb) return
      api.resetPeakRss()
      measure.embedded = await measureItems({ ...common, api: api.base })
      measure.embeddedPeakRss = api.peakRss()
    })
  } finally {
    await rm(pgliteDir, { recursive: true, force: true })
  }
  return itemsSection(measure)
}

/** The parts before issue 12; they write synthetic rows, so they come after the read-only measures. */
const alertsAndIndicators: Section = async (context) => {
  const pool = createPool(context.databaseUrl)
  try {
    return await withApi({ DATABASE_URL: context.databaseUrl }, (api) =>
      alertsAndIndicatorsSection(api.base, pool, { ...SETTINGS, progress: context.progress }),
    )
  } finally {
    await pool.end()
  }
}

/**
 * Target 3: the whole cavalier layer (the largest page the real data makes, asked as a 10,000-feature page)
 * under 400 connections (40 in quick mode), uncached so that every admitted request reaches the database,
 * while one feature is asked meanwhile.
 */
const overload: Section = (context) =>
  withApi({ DATABASE_URL: context.databaseUrl, RESPONSE_CACHE: 'off' }, (api) =>
    overloadSection({
      apiBase: api.base,
      apiPid: api.pid,
      heavyPath: '/collections/zone-tampon-cavaliers/items?limit=10000',
      lightPath: '/collections/terrils/items/74A',
      connections: context.quick ? 40 : 400,
      seconds: context.quick ? 3 : 15,
      progress: context.progress,
    }),
  )

/**
 * Target 4: the scale curve grows its own throwaway cluster to 10k, 100k and 1M synthetic alerts (10k in
 * quick mode), so that the other sections' synthetic rows never count in its sizes.
 */
const scale: Section = async (context) => {
  const cluster = await startServerPostgis()
  try {
    await prepareTestDatabase(cluster.connectionString)
    return await withApi({ DATABASE_URL: cluster.connectionString }, (api) =>
      scaleSection({
        databaseUrl: cluster.connectionString,
        apiBase: api.base,
        sizes: context.quick ? [10_000] : [10_000, 100_000, 1_000_000],
        requests: context.quick ? 10 : 50,
        progress: context.progress,
        ...(context.quick ? { readMs: 500, creationMs: 2000 } : {}),
      }),
    )
  } finally {
    await cluster.stop()
  }
}

/** Target 5: the web app's first map idle (it builds the app and serves it on the embedded database). */
const web: Section = (context) => firstIdleSection({ runs: context.quick ? 2 : 7, log: context.progress })

// The report's sections, in order; adding one is adding a line.
const SECTIONS: [string, Section][] = [
  ['items against MapServer', items],
  ['overload', overload],
  ['scale curve', scale],
  ['alerts and indicators', alertsAndIndicators],
  ['web first idle', web],
]

async function main(): Promise<number> {
  const startedAt = new Date().toISOString()
  progress(`${QUICK ? 'QUICK ' : ''}bench: throwaway PostgreSQL 15 + PostGIS cluster`)
  const server = await startServerPostgis()
  let mapserver: Awaited<ReturnType<typeof startMapServer>> | null = null
  const skipped: string[] = []
  try {
    const load = await timed(() => prepareTestDatabase(server.connectionString))
    progress(`real data loaded in ${(load.milliseconds / 1000).toFixed(1)} s`)
    const missing = await ensureMapServerTools(progress)
    if (missing && CI) throw new Error(`under CI the MapServer side is mandatory: ${missing}`)
    if (missing) skipped.push(`MapServer side by side: ${missing}`)
    else {
      mapserver = await startMapServer(server.connectionString, [...catalogueLayers(), ...VARIANT_LAYERS])
      progress(`MapServer 8 behind lighttpd at ${mapserver.base}`)
    }
    const context: BenchContext = {
      quick: QUICK,
      databaseUrl: server.connectionString,
      mapserver: mapserver?.base ?? null,
      mapserverSkipped: missing,
      progress,
    }
    const sections: BenchSection[] = []
    for (const [name, section] of SECTIONS) {
      if (ONLY && !ONLY.includes(name.split(' ')[0]!)) continue
      progress(`section: ${name}`)
      sections.push(await section(context))
    }
    const machine = `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`
    const directory = path.join(repositoryRoot, 'bench', ...(ONLY ? ['partial'] : []))
    await writeReport(directory, sections, { startedAt, quick: QUICK, machine, skipped })
    for (const target of sections.flatMap((s) => s.targets))
      progress(
        `${target.met === null ? 'not measured' : target.met ? 'met   ' : 'MISSED'}  ${target.label}: ${target.measured}`,
      )
    progress(`report written to ${path.relative(process.cwd(), directory) || '.'}/report.md and report.json`)
    return 0
  } finally {
    await mapserver?.stop()
    await server.stop()
  }
}

try {
  process.exitCode = await main()
} catch (error) {
  console.error(`[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exitCode = 1
}
