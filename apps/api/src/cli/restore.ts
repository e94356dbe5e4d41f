import path from 'node:path'
import { restoreEmbedded } from '../backup/embedded-backup.ts'
import { restoreServer } from '../backup/server-backup.ts'
import { invocationDirectory } from '../config.ts'
import { configOrExit } from './config-or-exit.ts'

// npm run db:restore -- <file>: into the empty database of DATABASE_URL (pg_restore), or into an empty
// PGLITE_DATA_DIR no process holds; then every table and photo is compared with the backup's manifest.
const config = configOrExit()
const given = process.argv[2]
if (!given) {
  console.error('usage: npm run db:restore -- <file>   (reads <file> and <file>.manifest.json)')
  process.exit(1)
}
const file = path.resolve(invocationDirectory(), given)
const progress = (message: string) => console.log(`[restore] ${message}`)
try {
  const differences = config.DATABASE_URL
    ? await restoreServer({ databaseUrl: config.DATABASE_URL, pgBinDir: config.PG_BIN_DIR }, file, progress)
    : await restoreEmbedded(file, config.PGLITE_DATA_DIR, progress)
  if (differences.length > 0) {
    console.error(`error: the restored database differs from the backup:\n  ${differences.join('\n  ')}`)
    process.exit(1)
  }
  console.log('[restore] done: every table and photo matches the backup')
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
