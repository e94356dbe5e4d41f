import type pg from 'pg'
import type { Config } from '../config.ts'
import { serveSnapshots } from '../backup/control-socket.ts'
import { DataDirInUseError } from '../db/data-dir-lock.ts'
import { type EmbeddedPostgis, startEmbeddedPostgis } from '../db/embedded-postgis.ts'
import { migrate } from '../db/migrate.ts'
import { createPool } from '../db/pool.ts'

export interface Database {
  pool: pg.Pool
  /** Where the pool connects, for a second pool with other settings (npm start's serving pool). */
  connectionString: string
  /** 'embedded' for PGlite, 'server' for DATABASE_URL. */
  kind: 'embedded' | 'server'
  close(): Promise<void>
}

/**
 * Opens the configured database (a PostgreSQL server when DATABASE_URL is set, the embedded PGlite
 * otherwise) and brings its schema up to date.
 */
export async function openDatabase(config: Config, log: (message: string) => void): Promise<Database> {
  let embedded: EmbeddedPostgis | undefined
  let stopSnapshots: (() => Promise<void>) | undefined
  let connectionString = config.DATABASE_URL
  if (!connectionString) {
    log(`starting the embedded PostGIS database in ${config.PGLITE_DATA_DIR}`)
    try {
      embedded = await startEmbeddedPostgis(config.PGLITE_DATA_DIR)
    } catch (error) {
      // A command-line mistake, not a crash: say it in one line.
      if (!(error instanceof DataDirInUseError)) throw error
      console.error(`error: ${error.message}`)
      process.exit(1)
    }
    connectionString = embedded.connectionString
    // `npm run db:backup` asks this process for a snapshot while it holds the data directory (issue 13).
    stopSnapshots = await serveSnapshots(config.PGLITE_DATA_DIR, embedded.snapshot, log).catch(
      (error: unknown) => {
        log(`no backups while this runs: the control socket did not open (${String(error)})`)
        return undefined
      },
    )
  }
  const pool = createPool(connectionString)
  await migrate(pool, log)
  return {
    pool,
    connectionString,
    kind: embedded ? 'embedded' : 'server',
    async close() {
      await pool.end()
      await stopSnapshots?.()
      await embedded?.stop()
    },
  }
}
