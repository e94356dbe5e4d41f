import type { AddressInfo, Server } from 'node:net'
import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { coalesceSocketWrites } from './embedded-socket-writes.ts'
import { trimmedPostgis } from './postgis-bundle.ts'

// The embedded database's own thread (started by embedded-postgis.ts): PGlite runs its queries here, on
// a core of its own, while the main thread serves HTTP. In one thread the two took turns, and the
// embedded API answered at most as fast as both together.

/** What the main thread sends: the data directory and PostgreSQL's extra settings. */
export interface EmbeddedWorkerData {
  dataDir: string
  settings: string[]
}

/** What this thread answers: the port once listening, or why it could not start; `stopped` at the end. */
export type EmbeddedWorkerMessage = { port: number } | { error: string } | 'stopped' | SnapshotMessage

/** What the main thread asks: a snapshot of the data directory (backups, issue 13), or to stop. */
export type EmbeddedWorkerRequest = 'snapshot' | 'stop'

/** The answer to 'snapshot': the data directory as a gzipped tar, or why not. */
export type SnapshotMessage = { snapshot: ArrayBuffer } | { snapshotError: string }

const port = parentPort!
const { dataDir, settings } = workerData as EmbeddedWorkerData

try {
  const database = await PGlite.create({
    dataDir,
    extensions: { postgis: await trimmedPostgis() },
    startParams: [...PGlite.defaultStartParams, ...settings.flatMap((setting) => ['-c', setting])],
  })
  // pglite-socket multiplexes connections onto the single PGlite session, but only keeps a connection's
  // messages together inside a transaction: outside one, the extended-protocol messages of two
  // connections interleave, and a query can get another's rows (electric-sql/pglite#1046). So the URL
  // asks every pool for one connection (embedded-postgis.ts); PGlite runs one query at a time anyway.
  // A connection whose socket closed just before the stop is detached on a later turn (pglite-socket
  // schedules it), and asks the database whether a transaction is open: once closed, that would throw
  // (its WASM module is gone) and end the thread with an error. A closed database has none open.
  const isInTransaction = database.isInTransaction.bind(database)
  database.isInTransaction = () => !database.closed && isInTransaction()
  const server = new PGLiteSocketServer({ db: database, host: '127.0.0.1', port: 0, maxConnections: 16 })
  await server.start()
  // Nobody knows the port before it is posted below, so no connection can come before this.
  const socketServer = (server as unknown as { server: Server }).server
  coalesceSocketWrites(socketServer)
  const address = socketServer.address() as AddressInfo
  port.on('message', async (request: EmbeddedWorkerRequest) => {
    if (request === 'snapshot') {
      const answer = await snapshot(database)
      port.postMessage(answer, 'snapshot' in answer ? [answer.snapshot] : [])
      return
    }
    await server.stop()
    await database.close()
    port.postMessage('stopped' satisfies EmbeddedWorkerMessage)
    port.close()
  })
  port.postMessage({ port: address.port } satisfies EmbeddedWorkerMessage)
} catch (error) {
  port.postMessage({
    error: error instanceof Error ? error.message : String(error),
  } satisfies EmbeddedWorkerMessage)
}

/**
 * The data directory as a gzipped tar (backups, issue 13). PGlite reads every file in one synchronous
 * pass, between two protocol messages: nothing writes meanwhile, so the copy is what a SIGKILL at that
 * instant would leave behind, and PGlite recovers it the same way (committed transactions are in; one
 * still open is rolled back). Its tar is the format PGlite's loadDataDir reads back.
 */
async function snapshot(database: PGlite): Promise<SnapshotMessage> {
  try {
    const tarball = await database.dumpDataDir('gzip')
    return { snapshot: await tarball.arrayBuffer() }
  } catch (error) {
    return { snapshotError: error instanceof Error ? error.message : String(error) }
  }
}
