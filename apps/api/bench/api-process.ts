import { type ChildProcess, spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import { startArguments } from '../src/cli/start-bundle.ts'
import { apiProcessEnvironment, repositoryRoot } from '../src/config.ts'
import { freePort } from '../test/setup/server-postgis.ts'

// The API under measure runs as a CHILD process, started as npm start's launcher starts it (the same
// bundle and environment, cli/launch.ts) but without the launcher, which would put a second process
// between us, so that its resident memory is its own and not the bench's.

export interface ApiProcess {
  base: string
  pid: number
  /** Milliseconds from spawn until /healthz answered 200. */
  startMs: number
  /** Largest VmRSS seen since the last reset, in bytes (sampled every 100 ms). */
  peakRss(): number
  resetPeakRss(): void
  stop(): Promise<void>
  /** Resolves when the process ends, with its exit code or the signal that ended it (fault tests). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** The last 4,000 characters it wrote on stdout and stderr. */
  output(): string
}

/** VmRSS of a process in bytes, or 0 once it is gone. */
async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status)
  return match ? Number(match[1]) * 1024 : 0
}

async function healthy(base: string) {
  try {
    return (await fetch(`${base}/healthz`)).ok
  } catch {
    return false
  }
}

/**
 * Starts `npm start`'s entry point with `env` added (DATABASE_URL, PGLITE_DATA_DIR, RESPONSE_CACHE, …).
 * @param timeoutMs a guard against a hang, not a target: a first embedded start (full load) took over
 * 2 minutes on this 2-core machine while others worked on it
 * @throws Error with the end of its output when it exits or does not answer within `timeoutMs`
 */
export async function startApi(env: Record<string, string>, timeoutMs = 600_000): Promise<ApiProcess> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  // The start includes making the bundle when its sources changed, as npm start's does.
  const started = performance.now()
  const child: ChildProcess = spawn(process.execPath, await startArguments(console.warn), {
    cwd: repositoryRoot,
    // The environment npm start's launcher gives it (cli/launch.ts): glibc's settings when embedded.
    env: apiProcessEnvironment({
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NOTIFY_WORKER: 'false',
      GEOCODER_URL: 'off',
      LOG_LEVEL: 'warn',
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const stop = async () => {
    clearInterval(sampler)
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(killer)
    }
  }
  let peak = 0
  const sampler = setInterval(() => {
    void residentBytes(child.pid ?? 0).then((bytes) => {
      peak = Math.max(peak, bytes)
    })
  }, 100)
  while (performance.now() - started < timeoutMs) {
    if (await healthy(base)) {
      return {
        base,
        pid: child.pid ?? 0,
        startMs: performance.now() - started,
        peakRss: () => peak,
        resetPeakRss: () => {
          peak = 0
        },
        stop,
        exited,
        output: () => output,
      }
    }
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await stop()
  throw new Error(`the API did not answer /healthz:\n${output}`)
}
