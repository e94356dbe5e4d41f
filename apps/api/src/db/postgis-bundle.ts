import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { readFile, rename, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Extension } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'

const BLOCK = 512

/**
 * What the embedded database needs from pglite-postgis's bundle: the PostGIS library, the files of
 * `CREATE EXTENSION postgis` and PROJ's data (ST_Transform, crs=EPSG:2154). The raster and topology
 * libraries, the tiger geocoder and the upgrade scripts are left out: PGlite unpacks every file of a
 * bundle into memory and compiles every library in it at each start (95 MB and three 16 MB WASM
 * modules), whether or not a query ever uses them.
 */
export function neededInBundle(name: string): boolean {
  return (
    name === 'lib/postgresql/postgis-3.so' ||
    /^share\/postgresql\/extension\/postgis(\.control|--\d+\.\d+\.\d+\.sql)$/.test(name) ||
    name.startsWith('share/proj/')
  )
}

/**
 * The entries of a ustar archive that `keep` accepts, as a new archive: headers and data are copied
 * unchanged. Only regular files (type 0) and directories (type 5) are kept; symbolic links (the
 * upgrade scripts' aliases) are dropped.
 * @throws Error on a long-name or pax header, which this copy does not follow
 */
export function filterTar(archive: Uint8Array, keep: (name: string) => boolean): Buffer {
  const kept: Uint8Array[] = []
  let offset = 0
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK)
    if (header.every((byte) => byte === 0)) break
    const name = Buffer.from(header.subarray(0, 100)).toString('utf8').replace(/\0.*$/s, '')
    const type = String.fromCharCode(header[156] ?? 0)
    const sizeText = Buffer.from(header.subarray(124, 136)).toString('ascii').replace(/[\0 ]/g, '')
    const size = parseInt(sizeText || '0', 8)
    if (!['0', '\0', '2', '5'].includes(type)) throw new Error(`tar entry ${name}: type ${type} not handled`)
    const end = offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK
    if (type !== '2' && keep(name)) kept.push(archive.subarray(offset, end))
    offset = end
  }
  return Buffer.concat([...kept, Buffer.alloc(2 * BLOCK)])
}

// The package exports no path to its bundle: it sits beside the entry point, where its code finds it.
const ORIGINAL_BUNDLE = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite-postgis')),
  'postgis.tar.gz',
)

/**
 * The trimmed bundle's file, made once from pglite-postgis's own bundle and named by its digest, so a
 * new version of the package makes a new one. Written under a temporary name and renamed, so that two
 * processes starting at once (test projects) never read a half-written file.
 */
async function trimmedBundle(): Promise<string> {
  const original = await readFile(ORIGINAL_BUNDLE)
  const digest = createHash('sha256').update(original).digest('hex').slice(0, 16)
  const file = path.join(os.tmpdir(), `heritage-watch-postgis-${digest}.tar.gz`)
  const exists = await stat(file).then(
    () => true,
    () => false,
  )
  if (!exists) {
    const trimmed = gzipSync(filterTar(gunzipSync(original), neededInBundle), { level: 1 })
    const partial = `${file}.${process.pid}.partial`
    await writeFile(partial, trimmed)
    await rename(partial, file)
  }
  return file
}

/**
 * PostGIS for PGlite from the trimmed bundle; pglite-postgis's own extension (whole bundle) when the
 * trimmed one cannot be made, so that a read-only temporary folder costs memory, never the start.
 */
export async function trimmedPostgis(): Promise<Extension> {
  let bundle: string
  try {
    bundle = await trimmedBundle()
  } catch (error) {
    console.warn(`PostGIS bundle not trimmed (${(error as Error).message}): loading the whole bundle`)
    return postgis
  }
  return {
    name: postgis.name,
    async setup(database, emscriptenOptions) {
      const result = await postgis.setup(database, emscriptenOptions)
      return { ...result, bundlePath: pathToFileURL(bundle) }
    },
  }
}
