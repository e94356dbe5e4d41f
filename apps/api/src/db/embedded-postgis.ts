import { mkdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import lockfile from 'proper-lockfile'
import { POOL_MAX_PARAMETER } from './pool.ts'
import { trimmedPostgis } from './postgis-bundle.ts'

/**
 * PostgreSQL settings of the embedded database, added to PGlite's own start parameters. Its
 * shared_buffers live in the WASM memory, which never shrinks: PGlite's 128 MB is more than the whole
 * real data set's tables and indexes, and cost that much resident memory for good. The pages it no
 * longer holds are read again from the data directory, through the operating system's cache.
 */
const EMBEDDED_SETTINGS = ['shared_buffers=16MB']

export interface EmbeddedPostgis {
  connectionString: string
  stop(): Promise<void>
}

/**
 * Starts PGlite with PostGIS behind a loopback socket, so that the app only ever speaks `pg`.
 * The data directory is the snapshot: a second start reopens it instead of building a database.
 * @param dataDir a folder, created when missing, or `memory://` for a throwaway database
 */
export async function startEmbeddedPostgis(dataDir: string): Promise<EmbeddedPostgis> {
  const release = dataDir.startsWith('memory://') ? async () => undefined : await lockDataDir(dataDir)
  let database: PGlite
  try {
    database = await PGlite.create({
      dataDir,
      extensions: { postgis: await trimmedPostgis() },
      startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS.flatMap((setting) => ['-c', setting])],
    })
  } catch (error) {
    await release()
    throw error
  }
  // pglite-socket multiplexes connections onto the single PGlite session, but only keeps a connection's
  // messages together inside a transaction: outside one, the extended-protocol messages of two
  // connections interleave, and a query can get another's rows (electric-sql/pglite#1046). So the URL
  // asks every pool for one connection (POOL_MAX_PARAMETER); PGlite runs one query at a time anyway.
  const server = new PGLiteSocketServer({ db: database, host: '127.0.0.1', port: 0, maxConnections: 16 })
  await server.start()
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address()
  return {
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres?${POOL_MAX_PARAMETER}=1`,
    async stop() {
      await server.stop()
      await database.close()
      await release()
    },
  }
}

/** Thrown when another process has the data directory open. */
export class DataDirInUseError extends Error {}

/**
 * Takes the data directory for this process. PGlite is one process's database: a second one opening
 * the same files (say `npm run user:create` while `npm start` runs) would corrupt them. The lock is
 * refreshed while the process lives and counts as stale 30 s after a crash.
 * @returns the function that gives it back
 * @throws DataDirInUseError when another process holds it
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true })
  try {
    return await lockfile.lock(dataDir, { stale: 30_000, update: 10_000, realpath: false })
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error
    throw new DataDirInUseError(
      `the embedded database in ${dataDir} is open in another process (is \`npm start\` running?); stop it first (after a crash, the lock lapses within 30 s), or set DATABASE_URL to use a PostgreSQL server`,
    )
  }
}
