import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serveSnapshots, snapshotFromRunningProcess } from './control-socket.ts'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'heritage-watch-socket-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('the control socket of the embedded database', () => {
  it('hands the snapshot over whole, on a socket only its owner may open, and goes away when stopped', async () => {
    const dataDir = path.join(dir, 'pglite')
    // Synthetic bytes standing for a tarball: large enough to arrive in several chunks.
    const tarball = Buffer.alloc(3 * 1024 * 1024 + 17, 7)
    const stop = await serveSnapshots(
      dataDir,
      async () => tarball,
      () => undefined,
    )
    expect((await stat(`${dataDir}.control.sock`)).mode & 0o777).toBe(0o600)
    const seen: number[] = []
    const received = await snapshotFromRunningProcess(dataDir, (bytes) => seen.push(bytes))
    expect(received?.equals(tarball)).toBe(true)
    expect(seen.at(-1)).toBe(tarball.length)
    await stop()
    expect(await snapshotFromRunningProcess(dataDir, () => undefined)).toBeUndefined()
  })

  it('answers undefined when nobody serves the directory, and passes on the server’s error', async () => {
    const dataDir = path.join(dir, 'pglite')
    expect(await snapshotFromRunningProcess(dataDir, () => undefined)).toBeUndefined()
    const stop = await serveSnapshots(
      dataDir,
      async () => {
        throw new Error('disk full')
      },
      () => undefined,
    )
    await expect(snapshotFromRunningProcess(dataDir, () => undefined)).rejects.toThrow(/disk full/)
    await stop()
  })
})
