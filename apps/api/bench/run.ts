import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildApp } from '../src/app.ts'
import { repositoryRoot } from '../src/config.ts'
import { loadData } from '../src/data-load/load-data.ts'
import { startEmbeddedPostgis } from '../src/db/embedded-postgis.ts'
import { migrate } from '../src/db/migrate.ts'
import { createPool, inTransaction } from '../src/db/pool.ts'
import { measureAlerts } from './alerts.ts'
import { measureIndicators } from './indicators.ts'
import { type LatencyReport, measureLatency, megabytes, timed } from './measure.ts'

// npm run bench: start-up, data load and API latency on the embedded database (or DATABASE_URL), with
// the real data. Targets are ours, for this 2-core machine; the report says which are met.

// --quick (or BENCH_QUICK=1): fewer requests and a tenth of the synthetic indicators data, for a check.
const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1'
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? (QUICK ? 10 : 50))
const INDICATOR_SIZES = QUICK
  ? { alerts: 10_000, assessments: 5_000 }
  : { alerts: 100_000, assessments: 50_000 }
// BENCH_ONLY=indicators: only the indicators part (after the start-up and data load it needs).
const ONLY_INDICATORS = process.env.BENCH_ONLY === 'indicators'
const DATA_DIR = path.join(repositoryRoot, 'data')
const progress = (message: string) => console.log(`[bench] ${message}`)

const ENDPOINTS: [string, string][] = [
  ['collections metadata', '/collections'],
  ['terrils, 100 items', '/collections/terrils/items?limit=100'],
  ['cavaliers, 1000 items', '/collections/zone-tampon-cavaliers/items?limit=1000'],
  ['elements in a bbox', '/collections/bien-inscrit-elements/items?bbox=3.0,50.3,3.3,50.45'],
  ['communes in Lambert-93', '/collections/communes/items?limit=100&crs=EPSG:2154'],
  ['one feature', '/collections/terrils/items/74A'],
  [
    'filter + sort',
    '/collections/puits-de-mines/items?compagnie=Compagnie%20des%20mines%20d%27Anzin&sortby=-profondeur_m',
  ],
]

const TARGETS = { coldStartMs: 60_000, warmStartMs: 10_000, p95Ms: 500, indicatorsP95Ms: 300 }

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'hw-bench-pglite-'))
  const lines: string[] = []
  try {
    progress('cold start: new embedded database, migrations, full data load')
    const cold = await timed(async () => {
      const database = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgis(dataDir)
      const pool = createPool(process.env.DATABASE_URL ?? database?.connectionString ?? '')
      await migrate(pool)
      await inTransaction(pool, (client) => loadData(client, { dataDir: DATA_DIR, force: true, progress }))
      return { database, pool }
    })
    lines.push(
      `cold start + full load      ${cold.milliseconds.toFixed(0).padStart(7)} ms   target < ${TARGETS.coldStartMs} ms`,
    )
    await cold.result.pool.end()
    await cold.result.database?.stop()

    progress('warm start: reopen the same data directory, unchanged data is skipped')
    const warm = await timed(async () => {
      const database = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgis(dataDir)
      const pool = createPool(process.env.DATABASE_URL ?? database?.connectionString ?? '')
      await migrate(pool)
      const summary = await inTransaction(pool, (client) => loadData(client, { dataDir: DATA_DIR }))
      if (!summary.skipped && !process.env.DATABASE_URL) throw new Error('warm start reloaded the data')
      return { database, pool }
    })
    lines.push(
      `warm start (snapshot)       ${warm.milliseconds.toFixed(0).padStart(7)} ms   target < ${TARGETS.warmStartMs} ms`,
    )

    const { pool, database } = warm.result
    const app = await buildApp({
      pool,
      config: { PUBLIC_URL: undefined, WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'silent' },
      logger: false,
    })
    const base = await app.listen({ host: '127.0.0.1', port: 0 })
    const reports: LatencyReport[] = []
    for (const [label, url] of ONLY_INDICATORS ? [] : ENDPOINTS) {
      progress(`${label}: ${REQUESTS} requests`)
      reports.push(
        await measureLatency(label, REQUESTS, async () => {
          const response = await fetch(`${base}${url}`)
          if (!response.ok) throw new Error(`${url} answered ${response.status}`)
          return (await response.arrayBuffer()).byteLength
        }),
      )
    }
    // Alerts write rows: only in the bench's own embedded database, never on a DATABASE_URL server.
    if (process.env.DATABASE_URL) progress('alerts skipped: they would write into the DATABASE_URL server')
    else if (!ONLY_INDICATORS) reports.push(...(await measureAlerts(base, pool, REQUESTS, progress)))
    // Indicators write synthetic rows too: the same rule, unless BENCH_THROWAWAY_SERVER=1 says that the
    // DATABASE_URL server was made for this run (e.g. by initdb in a temp dir) and is thrown away after.
    const indicators =
      process.env.DATABASE_URL && process.env.BENCH_THROWAWAY_SERVER !== '1'
        ? undefined
        : await measureIndicators(base, pool, { sizes: INDICATOR_SIZES, requests: REQUESTS }, progress)
    await app.close()
    await pool.end()
    await database?.stop()

    console.log(
      `\nheritage-watch bench — ${process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'}, ${os.cpus().length} cores`,
    )
    console.log(lines.join('\n'))
    console.log(
      `\n${'endpoint'.padEnd(26)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'bytes'.padStart(9)}`,
    )
    for (const report of reports) {
      console.log(
        `${report.label.padEnd(26)} ${report.p50.toFixed(1).padStart(8)} ${report.p95.toFixed(1).padStart(8)} ${report.max.toFixed(1).padStart(8)} ${String(report.bytes).padStart(9)}`,
      )
    }
    const slow = reports.filter((report) => report.p95 > TARGETS.p95Ms)
    console.log(
      `\np95 target < ${TARGETS.p95Ms} ms: ${slow.length ? `MISSED by ${slow.map((r) => r.label).join(', ')}` : 'met by every endpoint'}`,
    )
    console.log(`peak memory (RSS) of this process: ${megabytes(process.resourceUsage().maxRSS * 1024)}`)
    if (indicators) {
      const { api, raw, parts, generationMs } = indicators
      console.log(
        `\nindicators, whole basin, ${INDICATOR_SIZES.alerts} synthetic alerts and ${INDICATOR_SIZES.assessments} synthetic constats (generated in ${(generationMs / 1000).toFixed(0)} s)`,
      )
      console.log(
        `GET /indicators p95 ${api.p95.toFixed(1)} ms (target < ${TARGETS.indicatorsP95Ms} ms: ${api.p95 < TARGETS.indicatorsP95Ms ? 'met' : 'MISSED'}); raw SQL p95 ${raw.p95.toFixed(1)} ms; ratio ${(api.p95 / raw.p95).toFixed(2)}`,
      )
      console.log(
        `raw SQL p95 by query: ${parts.map((part) => `${part.label} ${part.p95.toFixed(1)}`).join(', ')} ms`,
      )
    }
    const indicatorsMissed = indicators !== undefined && indicators.api.p95 >= TARGETS.indicatorsP95Ms
    const missed =
      cold.milliseconds > TARGETS.coldStartMs ||
      warm.milliseconds > TARGETS.warmStartMs ||
      slow.length > 0 ||
      indicatorsMissed
    console.log(missed ? 'RESULT: some targets missed' : 'RESULT: all targets met')
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

await main()
