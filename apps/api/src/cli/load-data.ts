import { parseArgs } from 'node:util'
import { configOrExit } from './config-or-exit.ts'
import { formatSummary, loadData } from '../data-load/load-data.ts'
import { inTransaction } from '../db/pool.ts'
import { openDatabase } from './database.ts'

// npm run data:load [-- --force]: loads data/ into the configured database in one transaction.
const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } })
const config = configOrExit()
const database = await openDatabase(config, console.log)
try {
  const summary = await inTransaction(database.pool, (client) =>
    loadData(client, { dataDir: config.DATA_DIR, force: values.force, progress: console.log }),
  )
  console.log(formatSummary(summary))
} finally {
  await database.close()
}
