import { configOrExit } from './config-or-exit.ts'
import { formatSummary, loadData } from '../data-load/load-data.ts'
import { servingPoolTimeouts } from '../config-overload.ts'
import { createPool, inTransaction } from '../db/pool.ts'
import { listen } from '../server.ts'
import { openDatabase } from './database.ts'
import { reportSignalsToLauncher } from './launcher-signals.ts'

// npm start: database (embedded unless DATABASE_URL), migrations, data load when data/ changed, then serve.
// Each step says how long it took: the start times are issue 12 targets (first ≤ 30 s, warm ≤ 5 s).
const started = performance.now()
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`
reportSignalsToLauncher()
const config = configOrExit()
// The app's few hundred modules load while the database starts, rather than before it (a second or two).
const appModule = import('../app.ts')
let step = performance.now()
const database = await openDatabase(config, (message) => console.log(`[db] ${message}`))
console.log(`[db] ready in ${elapsed(step)}`)
step = performance.now()
const summary = await inTransaction(database.pool, (client) =>
  loadData(client, { dataDir: config.DATA_DIR, progress: (message) => console.log(`[data] ${message}`) }),
)
console.log(formatSummary(summary))
console.log(`[data] ${summary.skipped ? 'checked' : 'loaded'} in ${elapsed(step)}`)
// The embedded database has no background checkpointer: a load's WAL would be replayed on the start
// after a crash (13 s for the full data). A checkpoint now keeps that replay short (architecture §34).
if (database.kind === 'embedded' && !summary.skipped) await database.pool.query('CHECKPOINT')
const { buildApp } = await appModule
// Requests get a pool of their own with the timeouts (architecture §27); migrations and the data load
// above may rightly run longer than any request should (their pool, idle now, lets its connection go).
const pool = createPool(database.connectionString, servingPoolTimeouts(config))
// On a server, other API processes may share the database: they hear each other through NOTIFY.
const liveEvents = database.kind === 'server' ? 'notify' : 'in-process'
const app = await buildApp({ pool, config, liveEvents, processMetrics: true })
const address = await listen(
  app,
  { host: config.HOST, port: config.PORT, graceMs: config.SHUTDOWN_GRACE_MS },
  // The serving pool first (its connections are all back once app.close() resolved), then the
  // migration pool and the database itself: the embedded one ends its worker thread.
  async () => {
    await pool.end()
    await database.close()
  },
)
console.log(
  `\nheritage-watch is ready (${database.kind} PostGIS) in ${elapsed(started)}:\n  web app  ${address}/app/\n  OGC API  ${address}/\n`,
)
