import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../src/config.ts'
import { freePort } from '../setup/server-postgis.ts'

// npm start's launcher (cli/launch.ts) and its API child: a terminal's Ctrl+C (SIGINT to the whole
// process group) must stop the API once, gracefully, and a SIGTERM to the launcher alone must reach
// the API (architecture §32). A second signal would make the API skip its graceful stop and exit 1.
// A launcher killed outright must not leave the API running alone, holding the port and the data directory.

const LAUNCHER = path.join(repositoryRoot, 'apps/api/src/cli/launch.ts')

interface Launched {
  launcher: ChildProcess
  port: number
  output: () => string
}

/** npm start's command, in a process group of its own as a terminal would make; resolves once it answers. */
async function launch(dataDir: string, timeoutMs: number): Promise<Launched> {
  const port = await freePort()
  const { DATABASE_URL: _server, ...environment } = process.env
  const launcher = spawn(process.execPath, ['--import', 'tsx', LAUNCHER], {
    cwd: path.join(repositoryRoot, 'apps/api'),
    env: {
      ...environment,
      PORT: String(port),
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: dataDir,
      NOTIFY_WORKER: 'false',
      GEOCODER_URL: 'off',
      LOG_LEVEL: 'info',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && launcher.exitCode === null) {
    const answered = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return { launcher, port, output: () => output }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  process.kill(-launcher.pid!, 'SIGKILL')
  throw new Error(`npm start's launcher did not answer /healthz:\n${output.slice(-4000)}`)
}

/** How the launcher ended, and how many times the API began and finished its graceful stop. */
async function ended({ launcher, output }: Launched) {
  const [code] = (await once(launcher, 'exit')) as [number | null]
  const count = (text: string) => output().split(text).length - 1
  return {
    code,
    stopping: count('stopping: refusing new requests'),
    stopped: count('stopped: database closed'),
    secondSignal: count('second SIG'),
  }
}

describe("npm start's launcher", () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'heritage-watch-launcher-')), 'pglite')
  })
  afterAll(async () => {
    await rm(path.dirname(dataDir), { recursive: true, force: true })
  })

  it('stops the API once, gracefully, on Ctrl+C (SIGINT to the process group)', async () => {
    // The first start loads data/ into the new data directory: minutes on a busy 2-core machine.
    const launched = await launch(dataDir, 280_000)
    process.kill(-launched.launcher.pid!, 'SIGINT')
    expect(await ended(launched)).toEqual({ code: 0, stopping: 1, stopped: 1, secondSignal: 0 })
  })

  it('stops the API gracefully when the launcher is killed outright (SIGKILL)', async () => {
    const launched = await launch(dataDir, 120_000)
    const port = launched.port
    process.kill(launched.launcher.pid!, 'SIGKILL')
    // The API writes to the same pipes as its launcher: they end when the API has exited.
    const exited = await Promise.race([
      once(launched.launcher.stdout!, 'end').then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
    ])
    // The API shares the launcher's process group: nothing is left behind, whatever happened.
    if (!exited) process.kill(-launched.launcher.pid!, 'SIGKILL')
    expect(exited, 'the API exited after its launcher was killed').toBe(true)
    const count = (text: string) => launched.output().split(text).length - 1
    expect({
      stopping: count('stopping: refusing new requests'),
      stopped: count('stopped: database closed'),
    }).toEqual({
      stopping: 1,
      stopped: 1,
    })
    const answered = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => true,
      () => false,
    )
    expect(answered).toBe(false)
  })

  it('passes a SIGTERM sent to the launcher alone on to the API', async () => {
    const launched = await launch(dataDir, 120_000)
    process.kill(launched.launcher.pid!, 'SIGTERM')
    expect(await ended(launched)).toEqual({ code: 0, stopping: 1, stopped: 1, secondSignal: 0 })
  })
})
