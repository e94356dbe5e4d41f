import { buildApp } from '../app.ts'
import { configOrExit } from './config-or-exit.ts'
import { formatSummary, loadData } from '../data-load/load-data.ts'
import { inTransaction } from '../db/pool.ts'
import { listen } from '../server.ts'
import { openDatabase } from './database.ts'

// npm start: database (embedded unless DATABASE_URL), migrations, data load when data/ changed, then serve.
const config = configOrExit()
const database = await openDatabase(config, (message) => console.log(`[db] ${message}`))
const summary = await inTransaction(database.pool, (client) =>
  loadData(client, { dataDir: config.DATA_DIR, progress: (message) => console.log(`[data] ${message}`) }),
)
console.log(formatSummary(summary))
// On a server, other API processes may share the database: they hear each other through NOTIFY.
const liveEvents = database.kind === 'server' ? 'notify' : 'in-process'
const app = await buildApp({ pool: database.pool, config, liveEvents })
const address = await listen(app, { host: config.HOST, port: config.PORT }, () => database.close())
console.log(
  `\nheritage-watch is ready (${database.kind} PostGIS):\n  web app  ${address}/app/\n  OGC API  ${address}/\n`,
)
