import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DataDirInUseError, lockDataDir } from './embedded-postgis.ts'

const dirs: string[] = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

describe('lockDataDir: one process per embedded database', () => {
  it('refuses a second holder while the first has it, and lets it go when released', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'hw-lock-'))
    dirs.push(root)
    const dataDir = path.join(root, 'pglite')
    const release = await lockDataDir(dataDir)
    await expect(lockDataDir(dataDir)).rejects.toThrow(DataDirInUseError)
    await expect(lockDataDir(dataDir)).rejects.toThrow(/npm start/)
    await release()
    const again = await lockDataDir(dataDir)
    await again()
  })
})
