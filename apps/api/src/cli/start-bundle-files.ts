import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { OutputFile } from 'esbuild'

// The files of npm start's bundle (start-bundle.ts) and its manifest: which sources it was made from, so
// that a start whose sources did not change skips esbuild (about a second on the 2-core machine).

const MANIFEST = 'manifest.json'

/** The entries a start opens; everything else is a chunk named by its content, which they import. */
const ENTRIES = new Set(['start.mjs', 'start.mjs.map', 'embedded-worker.mjs', 'embedded-worker.mjs.map'])

/** A file the current bundle no longer names is deleted once this old (a start may still be reading it). */
const STALE_MS = 3_600_000

interface Manifest {
  esbuild: string
  /** Each source file's size and modification time when the bundle was made. */
  inputs: Record<string, string>
  outputs: string[]
}

/** What a bundle was made from: esbuild's version, the files it read, when it started reading them. */
export interface BundleSources {
  esbuild: string
  inputs: string[]
  started: number
}

/** A file's size and modification time, or null when it is gone. */
async function signature(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null)
  return info ? `${info.size}:${info.mtimeMs}` : null
}

/** Whether `dir` holds a whole bundle made by this esbuild from sources unchanged since. */
export async function bundleIsCurrent(dir: string, esbuild: string): Promise<boolean> {
  const manifest = await readFile(path.join(dir, MANIFEST), 'utf8')
    .then((text) => JSON.parse(text) as Manifest)
    .catch(() => null)
  if (manifest?.esbuild !== esbuild) return false
  const checks = [
    ...Object.entries(manifest.inputs).map(async ([file, known]) => (await signature(file)) === known),
    ...manifest.outputs.map(async (name) => (await signature(path.join(dir, name))) !== null),
  ]
  return (await Promise.all(checks)).every(Boolean)
}

/**
 * Writes the files that changed, each through a rename so that a start beside this one never reads half
 * a file: chunks before the entries that import them, the manifest last. A source modified (or gone)
 * while esbuild read it leaves no manifest, so that the next start bundles again.
 */
export async function writeBundle(dir: string, files: OutputFile[], sources: BundleSources) {
  await mkdir(dir, { recursive: true })
  const isEntry = (file: OutputFile) => ENTRIES.has(path.basename(file.path))
  for (const file of [...files.filter((file) => !isEntry(file)), ...files.filter(isEntry)]) {
    const current = await readFile(file.path).catch(() => undefined)
    if (!current?.equals(file.contents)) await replaceFile(file.path, file.contents)
  }
  const outputs = files.map((file) => path.basename(file.path))
  const inputs: Record<string, string> = {}
  for (const file of sources.inputs) {
    const info = await stat(file).catch(() => null)
    if (!info || info.mtimeMs >= sources.started) return
    inputs[file] = `${info.size}:${info.mtimeMs}`
  }
  const manifest: Manifest = { esbuild: sources.esbuild, inputs, outputs }
  await replaceFile(path.join(dir, MANIFEST), JSON.stringify(manifest))
  await removeStale(dir, new Set([...outputs, MANIFEST]))
}

async function replaceFile(file: string, contents: Uint8Array | string) {
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, contents)
  await rename(temporary, file)
}

/** Chunks of earlier bundles, left for an hour to a start that may still be opening them. */
async function removeStale(dir: string, kept: Set<string>) {
  for (const name of await readdir(dir)) {
    if (kept.has(name)) continue
    const file = path.join(dir, name)
    const modified = await stat(file).then(
      (info) => info.mtimeMs,
      () => Date.now(),
    )
    if (Date.now() - modified > STALE_MS) await unlink(file).catch(() => undefined)
  }
}
