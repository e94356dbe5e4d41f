import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

/** The repository root, where `npm run … -w @heritage-watch/api` is typed. */
export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../../..')

/** The line `npm start` prints once it listens (apps/api src/cli/start.ts), with the web app's URL. */
const READY = /heritage-watch is ready[\s\S]*?web app\s+(\S+?)\/app\//

/** How long a data load on a fresh embedded database may take on a 2-core machine. */
const START_TIMEOUT_MS = 170_000

/**
 * Runs one of the API's npm scripts as a user types it (`npm run <script> -w @heritage-watch/api`), in
 * its own process group so that everything it starts can be stopped together.
 */
export function runApiScript(
  script: string,
  args: readonly string[],
  environment: NodeJS.ProcessEnv,
): ChildProcess {
  return spawn('npm', ['run', '--silent', script, '-w', '@heritage-watch/api', '--', ...args], {
    cwd: REPOSITORY_ROOT,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
}

/** Everything a child printed, for the message of a failed start. */
function collectOutput(child: ChildProcess): () => string {
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => output
}

/**
 * Runs an API command to its end.
 * @throws Error with the command's output when it exits with another code than 0
 */
export async function runApiCommand(
  script: string,
  args: readonly string[],
  environment: NodeJS.ProcessEnv,
): Promise<void> {
  const child = runApiScript(script, args, environment)
  const output = collectOutput(child)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', resolve)
  })
  if (code !== 0) throw new Error(`npm run ${script} exited with ${code}:\n${output()}`)
}

export interface RunningApi {
  /** Origin of the API, e.g. http://127.0.0.1:43121 */
  url: string
  /** SIGTERM (the API closes gracefully), then SIGKILL to the whole group if it is still there. */
  stop(): Promise<void>
}

/**
 * Starts `npm start`'s API part (`npm run start -w @heritage-watch/api`) and waits for its ready line.
 * @param environment the API's configuration (PORT=0 for a free port; PGLITE_DATA_DIR, WEB_DIST_DIR…)
 * @throws Error with the API's output when it exits or stays silent before it is ready
 */
export async function startApi(environment: NodeJS.ProcessEnv): Promise<RunningApi> {
  const child = runApiScript('start', [], environment)
  const output = collectOutput(child)
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal)
    } catch {
      // Already gone.
    }
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    signalGroup('SIGTERM')
    const timer = setTimeout(() => signalGroup('SIGKILL'), 15_000)
    await exited
    clearTimeout(timer)
  }

  const url = await new Promise<string>((resolve, reject) => {
    let settled = false
    const fail = (why: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void stop().finally(() => reject(new Error(`the API did not start (${why}):\n${output()}`)))
    }
    const timer = setTimeout(() => fail(`no ready line after ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS)
    child.on('error', (error) => fail(error.message))
    child.on('exit', (code) => fail(`exit code ${code}`))
    child.stdout?.on('data', () => {
      const ready = READY.exec(output())
      if (!ready?.[1] || settled) return
      settled = true
      clearTimeout(timer)
      resolve(ready[1])
    })
  })
  return { url, stop }
}
