import { createHash } from 'node:crypto'
import { mkdir, realpath } from 'node:fs/promises'
import net from 'node:net'
import lockfile from 'proper-lockfile'

/** Thrown when another process has the data directory open. */
export class DataDirInUseError extends Error {}

const HOLDER_ANSWER_MS = 1000

/**
 * Takes the data directory for this process. PGlite is one process's database: a second one opening
 * the same files (say `npm run user:create` while `npm start` runs) would corrupt them.
 *
 * On Linux the lock is an abstract Unix socket named after the directory's real path: the kernel frees
 * it the instant its process ends, SIGKILL included, so a restart after a crash takes it at once, and a
 * reused PID can never look like a holder. Elsewhere a lock file (proper-lockfile) is refreshed while
 * the process lives and counts as stale 30 s after a crash.
 * @returns the function that gives it back
 * @throws DataDirInUseError when another process holds it
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true })
  return process.platform === 'linux' ? socketLock(await realpath(dataDir), dataDir) : fileLock(dataDir)
}

/** The abstract socket's name (a leading NUL: no file, gone with the process). */
function lockSocketName(realDataDir: string): string {
  return `\0heritage-watch-pglite-${createHash('sha256').update(realDataDir).digest('hex').slice(0, 32)}`
}

async function socketLock(realDataDir: string, shownDir: string): Promise<() => Promise<void>> {
  const name = lockSocketName(realDataDir)
  // Whoever connects learns the holder's PID: the refusal names it.
  const server = net.createServer((socket) => socket.end(String(process.pid)))
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(name, () => resolve())
    })
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error
    const pid = await holderPid(name)
    throw new DataDirInUseError(inUseMessage(shownDir, pid ? `process ${pid}` : 'another process', false))
  }
  // The lock must not keep an otherwise finished process alive.
  server.unref()
  return () => new Promise<void>((resolve) => server.close(() => resolve()))
}

/** The holder's PID as it tells it, or undefined when it does not answer in time. */
function holderPid(name: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    let answer = ''
    const socket = net.connect(name)
    const timer = setTimeout(() => socket.destroy(), HOLDER_ANSWER_MS)
    socket.on('data', (chunk) => (answer += chunk.toString()))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(/^\d+$/.test(answer) ? answer : undefined)
    })
  })
}

async function fileLock(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, { stale: 30_000, update: 10_000, realpath: false })
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error
    throw new DataDirInUseError(inUseMessage(dataDir, 'another process', true))
  }
}

function inUseMessage(dataDir: string, holder: string, lapses: boolean): string {
  const afterCrash = lapses ? ' (after a crash, the lock lapses within 30 s)' : ''
  return `the embedded database in ${dataDir} is open in ${holder} (is \`npm start\` running?); stop it first${afterCrash}, or set DATABASE_URL to use a PostgreSQL server`
}
