import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DataDirInUseError, lockDataDir } from './data-dir-lock.ts'

const dirs: string[] = []
const children: ChildProcess[] = []
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function freshDataDir() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'hw-lock-'))
  dirs.push(root)
  return path.join(root, 'pglite')
}

/** Another process (node + tsx, as npm start) that takes the lock and says so on stdout. */
async function holderProcess(dataDir: string): Promise<ChildProcess> {
  const lockModule = new URL('./data-dir-lock.ts', import.meta.url).href
  const source = `const { lockDataDir } = await import(${JSON.stringify(lockModule)}); await lockDataDir(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => undefined, 1000)`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(child)
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer]
  expect(chunk.toString()).toContain('locked')
  return child
}

describe('lockDataDir: one process per embedded database', () => {
  it('refuses a second holder while the first has it, and lets it go when released', async () => {
    const dataDir = await freshDataDir()
    const release = await lockDataDir(dataDir)
    await expect(lockDataDir(dataDir)).rejects.toThrow(DataDirInUseError)
    await expect(lockDataDir(dataDir)).rejects.toThrow(/npm start/)
    await release()
    const again = await lockDataDir(dataDir)
    await again()
  })

  it('names a live holder process and keeps refusing while it lives', async () => {
    const dataDir = await freshDataDir()
    const holder = await holderProcess(dataDir)
    await expect(lockDataDir(dataDir)).rejects.toThrow(`open in process ${holder.pid} `)
    await new Promise((resolve) => setTimeout(resolve, 500))
    await expect(lockDataDir(dataDir)).rejects.toThrow(DataDirInUseError)
  })

  it.runIf(process.platform === 'linux')('is taken at once after its holder is SIGKILLed', async () => {
    const dataDir = await freshDataDir()
    const holder = await holderProcess(dataDir)
    const exited = once(holder, 'exit')
    holder.kill('SIGKILL')
    await exited
    const started = performance.now()
    const release = await lockDataDir(dataDir)
    expect(performance.now() - started).toBeLessThan(1000)
    await release()
  })
})
