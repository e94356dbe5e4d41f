import path from 'node:path'
import { backupEmbedded } from '../backup/embedded-backup.ts'
import { manifestPath } from '../backup/manifest.ts'
import { backupServer } from '../backup/server-backup.ts'
import { invocationDirectory } from '../config.ts'
import { configOrExit } from './config-or-exit.ts'

// npm run db:backup -- <file>: pg_dump of the server (DATABASE_URL), or a snapshot of the embedded
// database, taken while the API runs; `<file>.manifest.json` beside it (docs/operations.md).
const config = configOrExit()
const given = process.argv[2]
if (!given) {
  console.error('usage: npm run db:backup -- <file>   (writes <file> and <file>.manifest.json)')
  process.exit(1)
}
const file = path.resolve(invocationDirectory(), given)
const progress = (message: string) => console.log(`[backup] ${message}`)
try {
  const manifest = config.DATABASE_URL
    ? await backupServer({ databaseUrl: config.DATABASE_URL, pgBinDir: config.PG_BIN_DIR }, file, progress)
    : await backupEmbedded(config.PGLITE_DATA_DIR, file, progress)
  const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0)
  console.log(
    `[backup] done: ${file} (${manifest.kind}, ${manifest.file.bytes} bytes, sha256 ${manifest.file.sha256}); ` +
      `${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.photos.length} photos; manifest ${manifestPath(file)}`,
  )
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
