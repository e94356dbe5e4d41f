import { once } from 'node:events'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { Worker } from 'node:worker_threads'
import { lockDataDir } from './data-dir-lock.ts'
import type {
  EmbeddedWorkerData,
  EmbeddedWorkerMessage,
  EmbeddedWorkerRequest,
  SnapshotMessage,
} from './embedded-worker.ts'
import { POOL_MAX_PARAMETER } from './pool.ts'

/**
 * PostgreSQL settings of the embedded database, added to PGlite's own start parameters. Its
 * shared_buffers live in the WASM memory, which never shrinks: PGlite's 128 MB is more than the whole
 * real data set's tables and indexes, and cost that much resident memory for good. The pages it no
 * longer holds are read again from the data directory, through the operating system's cache.
 */
const EMBEDDED_SETTINGS = ['shared_buffers=16MB']

/**
 * The database thread's JavaScript heap: PGlite's JavaScript allocates little that lives (its data is in
 * the WASM memory and the file system's buffers, outside this heap), yet V8's default young generation
 * let the thread's heap grow by tens of megabytes of short-lived protocol buffers under load. A small
 * young generation collects them sooner (architecture §32).
 */
const WORKER_HEAP_LIMITS = { maxYoungGenerationSizeMb: 4 }

/**
 * V8 compiles PGlite's hot WebAssembly functions again with its optimising compiler in the background,
 * on as many tasks as it has threads; each task holds the compiler's memory of one large PostgreSQL
 * function at once, and glibc keeps what they freed. One task at a time lowered the API's resident peak
 * under the items load (architecture §32). The flag is process-wide: only the embedded database
 * compiles WebAssembly in the API.
 */
const WASM_COMPILATION_TASKS = '--wasm-num-compilation-tasks=1'

export interface EmbeddedPostgis {
  connectionString: string
  /** The data directory as a gzipped tar, taken while it serves (backups, issue 13; embedded-worker.ts). */
  snapshot(): Promise<Buffer>
  stop(): Promise<void>
}

/**
 * Starts PGlite with PostGIS behind a loopback socket, so that the app only ever speaks `pg`. PGlite
 * runs in a worker thread (embedded-worker.ts): its queries and the API's HTTP work run on two cores.
 * The data directory is the snapshot: a second start reopens it instead of building a database.
 * @param dataDir a folder, created when missing, or `memory://` for a throwaway database
 */
export async function startEmbeddedPostgis(dataDir: string): Promise<EmbeddedPostgis> {
  const release = dataDir.startsWith('memory://') ? async () => undefined : await lockDataDir(dataDir)
  setFlagsFromString(WASM_COMPILATION_TASKS)
  const worker = new Worker(workerEntry(), {
    workerData: { dataDir, settings: EMBEDDED_SETTINGS } satisfies EmbeddedWorkerData,
    resourceLimits: WORKER_HEAP_LIMITS,
  })
  let port: number
  try {
    port = await workerStarted(worker)
  } catch (error) {
    await worker.terminate()
    await release()
    throw error
  }
  let stopping = false
  worker.once('exit', (code) => {
    // Without its database the API can only fail: say why and stop, rather than answer 503 forever.
    if (stopping) return
    console.error(`error: the embedded database's thread ended (exit code ${code})`)
    process.exit(1)
  })
  worker.on('error', (error) => {
    // A late error of a thread told to stop changes nothing: its database is closing anyway.
    if (stopping) return
    console.error(`error: the embedded database's thread failed: ${error.message}`)
    process.exit(1)
  })
  // One snapshot at a time: each answer is the next 'snapshot' message of the worker.
  let snapshots: Promise<unknown> = Promise.resolve()
  return {
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres?${POOL_MAX_PARAMETER}=1`,
    snapshot() {
      const taken = snapshots.then(() => requestSnapshot(worker))
      snapshots = taken.catch(() => undefined)
      return taken
    },
    async stop() {
      stopping = true
      const stopped = once(worker, 'exit')
      worker.postMessage('stop' satisfies EmbeddedWorkerRequest)
      await stopped
      await release()
    },
  }
}

/**
 * The worker's file in npm start's bundle (cli/start-bundle.ts defines it); undefined when running from
 * the TypeScript sources (tsx, vitest).
 */
declare const BUNDLED_EMBEDDED_WORKER: string | undefined

/**
 * The worker's entry: the bundle's JavaScript, or embedded-worker.ts loaded through tsx's loader, which
 * the worker must register itself (on Node 20, tsx's `--import` hooks stay in the main thread, and
 * vitest's are its own).
 */
function workerEntry(): URL {
  if (typeof BUNDLED_EMBEDDED_WORKER === 'string') return new URL(BUNDLED_EMBEDDED_WORKER)
  // tsx/esm/api resolves to its CommonJS build here (require), whose register() does not find its hooks
  // from a worker: the ES module build sits beside it.
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs')
  const worker = new URL('./embedded-worker.ts', import.meta.url).href
  const source = `import { register } from ${JSON.stringify(pathToFileURL(api).href)}; register(); await import(${JSON.stringify(worker)})`
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`)
}

/** Asks the worker for a snapshot of its data directory and waits for it. */
function requestSnapshot(worker: Worker): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: EmbeddedWorkerMessage) => {
      if (typeof message !== 'object' || !('snapshot' in message || 'snapshotError' in message)) return
      worker.off('message', onMessage)
      const answer: SnapshotMessage = message
      if ('snapshot' in answer) resolve(Buffer.from(answer.snapshot))
      else reject(new Error(`the embedded database could not take a snapshot: ${answer.snapshotError}`))
    }
    worker.on('message', onMessage)
    worker.postMessage('snapshot' satisfies EmbeddedWorkerRequest)
  })
}

/** The worker's port once it listens; rejects with its error, or when it ends before. */
function workerStarted(worker: Worker): Promise<number> {
  return new Promise((resolve, reject) => {
    worker.once('message', (message: EmbeddedWorkerMessage) => {
      if (typeof message === 'object' && 'port' in message) resolve(message.port)
      else
        reject(
          new Error(
            typeof message === 'object' && 'error' in message
              ? message.error
              : 'the embedded database did not start',
          ),
        )
    })
    worker.once('error', reject)
    worker.once('exit', (code) =>
      reject(new Error(`the embedded database's thread ended (exit code ${code})`)),
    )
  })
}
