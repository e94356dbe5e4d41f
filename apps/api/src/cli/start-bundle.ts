import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type Plugin, version } from 'esbuild'
import { bundleIsCurrent, writeBundle } from './start-bundle-files.ts'

// npm start runs the API from a JavaScript bundle of its sources rather than through tsx: tsx's loader
// threads and transforms cost the API's process tens of megabytes (architecture §32). The bundle is made
// again whenever one of its sources changed, so what runs is always the sources as they are.

const API_SOURCES = fileURLToPath(new URL('..', import.meta.url))
const REPOSITORY = path.resolve(API_SOURCES, '../../..')

/** What the bundle depends on besides its sources: how it is made. */
const BUILD_INPUTS = [
  fileURLToPath(import.meta.url),
  fileURLToPath(new URL('./start-bundle-files.ts', import.meta.url)),
  path.join(REPOSITORY, 'tsconfig.json'),
]

/**
 * Where the bundle is written: under the API's node_modules, from where Node finds the API's packages
 * (left out of the bundle), and which no linter, type check or git status looks at.
 */
export const START_BUNDLE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/heritage-watch-start/', import.meta.url),
)

const ENTRY = path.join(START_BUNDLE_DIR, 'start.mjs')

/** The embedded database's thread is an entry of its own, started from its file (db/embedded-postgis.ts). */
const WORKER_FILE = path.join(START_BUNDLE_DIR, 'embedded-worker.mjs')

/**
 * Packages stay outside the bundle and are imported from node_modules as under tsx (some read files beside
 * their own, like PGlite's WebAssembly); only the workspace's own TypeScript packages are bundled.
 */
const packagesOutside: Plugin = {
  name: 'packages-outside',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@heritage-watch/') ? undefined : { path: args.path, external: true },
    )
  },
}

/**
 * Each module keeps its own `import.meta.url`: the sources find files beside them (migrations, the data
 * loader's fingerprint, the repository's root), which they must still find once bundled into one file.
 */
const sourceLocations: Plugin = {
  name: 'source-locations',
  setup(context) {
    context.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const url = JSON.stringify(pathToFileURL(args.path).href)
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' }
    })
  },
}

/**
 * node's arguments that start the API: from the bundle, or from start.ts through tsx (as before the
 * bundle) when it cannot be made, which `warn` is told.
 */
export async function startArguments(warn: (message: string) => void): Promise<string[]> {
  try {
    return await bundleStart()
  } catch (error) {
    warn(`the API runs from its sources through tsx: its bundle could not be made (${String(error)})`)
    return ['--import', 'tsx', path.join(API_SOURCES, 'cli/start.ts')]
  }
}

/**
 * Bundles start.ts and the embedded database's worker into START_BUNDLE_DIR, unless the bundle there was
 * made from the same sources.
 * @returns node's arguments that run the API from the bundle, stack traces mapped to the sources
 */
async function bundleStart(): Promise<string[]> {
  const argumentsOfNode = ['--enable-source-maps', ENTRY]
  if (await bundleIsCurrent(START_BUNDLE_DIR, version)) return argumentsOfNode
  const started = Date.now()
  const result = await build({
    absWorkingDir: REPOSITORY,
    entryPoints: {
      start: path.join(API_SOURCES, 'cli/start.ts'),
      'embedded-worker': path.join(API_SOURCES, 'db/embedded-worker.ts'),
    },
    outdir: START_BUNDLE_DIR,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // start.ts imports the app while the database starts: splitting keeps that import (and the packages
    // it imports) a chunk of its own, loaded then, instead of hoisting them before the database.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    sourcesContent: false,
    define: { BUNDLED_EMBEDDED_WORKER: JSON.stringify(pathToFileURL(WORKER_FILE).href) },
    plugins: [packagesOutside, sourceLocations],
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(REPOSITORY, input))
  await writeBundle(START_BUNDLE_DIR, result.outputFiles, {
    esbuild: version,
    inputs: [...inputs, ...BUILD_INPUTS],
    started,
  })
  return argumentsOfNode
}
