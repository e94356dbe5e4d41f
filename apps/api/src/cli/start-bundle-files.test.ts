import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { OutputFile } from 'esbuild'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bundleIsCurrent, writeBundle } from './start-bundle-files.ts'

let folder: string
let dir: string
let source: string

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'start-bundle-'))
  dir = path.join(folder, 'bundle')
  source = path.join(folder, 'start.ts')
  await writeFile(source, 'console.log(1)')
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

function output(name: string, text: string): OutputFile {
  return { path: path.join(dir, name), contents: Buffer.from(text), hash: '', text }
}

/** A bundle of `source` made now, by esbuild `esbuild`. */
async function bundle(esbuild = '0.28.2', files = [output('start.mjs', 'a'), output('chunk-1.mjs', 'b')]) {
  await writeBundle(dir, files, { esbuild, inputs: [source], started: Date.now() + 1 })
}

describe('the start bundle on disk', () => {
  it('is current once written, and no longer when a source changes', async () => {
    expect(await bundleIsCurrent(dir, '0.28.2')).toBe(false)
    await bundle()
    expect(await bundleIsCurrent(dir, '0.28.2')).toBe(true)
    expect(await readFile(path.join(dir, 'start.mjs'), 'utf8')).toBe('a')
    await writeFile(source, 'console.log(22)')
    expect(await bundleIsCurrent(dir, '0.28.2')).toBe(false)
  })

  it('is made again for another esbuild, or when one of its files is gone', async () => {
    await bundle()
    expect(await bundleIsCurrent(dir, '0.28.3')).toBe(false)
    await rm(path.join(dir, 'chunk-1.mjs'))
    expect(await bundleIsCurrent(dir, '0.28.2')).toBe(false)
  })

  it('is not recorded when a source changed while esbuild read it', async () => {
    await writeBundle(dir, [output('start.mjs', 'a')], {
      esbuild: '0.28.2',
      inputs: [source],
      started: Date.now() - 60_000,
    })
    expect(await readFile(path.join(dir, 'start.mjs'), 'utf8')).toBe('a')
    expect(await bundleIsCurrent(dir, '0.28.2')).toBe(false)
  })

  it("deletes an earlier bundle's chunks only once they are an hour old", async () => {
    await bundle()
    await bundle('0.28.2', [output('start.mjs', 'c'), output('chunk-2.mjs', 'd')])
    expect((await readdir(dir)).sort()).toEqual(['chunk-1.mjs', 'chunk-2.mjs', 'manifest.json', 'start.mjs'])
    const twoHoursAgo = new Date(Date.now() - 7_200_000)
    await utimes(path.join(dir, 'chunk-1.mjs'), twoHoursAgo, twoHoursAgo)
    await bundle('0.28.2', [output('start.mjs', 'c'), output('chunk-2.mjs', 'd')])
    expect((await readdir(dir)).sort()).toEqual(['chunk-2.mjs', 'manifest.json', 'start.mjs'])
  })
})
