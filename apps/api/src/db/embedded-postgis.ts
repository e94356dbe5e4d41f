import { mkdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { PGlite } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

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
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true })
  const database = await PGlite.create({ dataDir, extensions: { postgis } })
  // pglite-socket multiplexes connections onto the single PGlite session and keeps a transaction's
  // queries together, so a small pg pool is safe; session state (SET, temp tables) must not be used.
  const server = new PGLiteSocketServer({ db: database, host: '127.0.0.1', port: 0, maxConnections: 16 })
  await server.start()
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address()
  return {
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop()
      await database.close()
    },
  }
}
