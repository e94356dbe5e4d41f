import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import {
  APPLIED_MIGRATIONS_SQL,
  BACKUP_TABLES_SQL,
  CHECKSUM_SETTINGS_SQL,
  ENGINE_VERSIONS_SQL,
  PHOTO_TABLES_SQL,
  photoChecksumsSql,
  tableChecksumSql,
} from '../db/sql/backup.sql.ts'

/** What both a `pg` client and a PGlite instance offer: the manifest is computed on either. */
export interface Queryable {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>
}

interface TableChecksum {
  rows: number
  /** md5 of the sorted md5s of its rows' text (db/sql/backup.sql.ts). */
  md5: string
}

interface PhotoChecksum {
  table: string
  id: string
  bytes: number
  sha256: string
}

/** What the database holds: compared between a backup and its restore. */
export interface DatabaseContents {
  postgres: string
  postgis: string | null
  migrations: string[]
  tables: Record<string, TableChecksum>
  photos: PhotoChecksum[]
}

/** Written beside each backup as `<file>.manifest.json`: what, when, which versions, checksums. */
export interface BackupManifest extends DatabaseContents {
  format: 'heritage-watch-backup'
  formatVersion: 1
  kind: 'server' | 'embedded'
  createdAt: string
  /** The API's version (apps/api/package.json) that took it. */
  appVersion: string
  /** The tool that wrote the file: pg_dump's version line, or PGlite's. */
  tool: string
  file: { name: string; bytes: number; sha256: string }
}

export const manifestPath = (backupFile: string) => `${backupFile}.manifest.json`

/**
 * Reads the contents' checksums: every table's rows, every stored photo's bytes.
 * @throws Error when a photo's bytes no longer match the checksum recorded at its upload
 */
export async function readContents(
  database: Queryable,
  progress: (message: string) => void = () => undefined,
): Promise<DatabaseContents> {
  for (const setting of CHECKSUM_SETTINGS_SQL) await database.query(setting)
  const [versions] = (await database.query<{ postgres: string; postgis: string | null }>(ENGINE_VERSIONS_SQL))
    .rows
  const migrations = (await database.query<{ name: string }>(APPLIED_MIGRATIONS_SQL)).rows.map(
    (row) => row.name,
  )
  const tableNames = (await database.query<{ name: string }>(BACKUP_TABLES_SQL)).rows.map((row) => row.name)
  const tables: Record<string, TableChecksum> = {}
  for (const [index, table] of tableNames.entries()) {
    const [checksum] = (await database.query<TableChecksum>(tableChecksumSql(table))).rows
    tables[table] = checksum!
    if ((index + 1) % 10 === 0 || index + 1 === tableNames.length)
      progress(`checksummed ${index + 1} of ${tableNames.length} tables`)
  }
  const photos: PhotoChecksum[] = []
  for (const { name: table } of (await database.query<{ name: string }>(PHOTO_TABLES_SQL)).rows) {
    const rows = (
      await database.query<{ id: string; bytes: number; recorded: string; actual: string }>(
        photoChecksumsSql(table),
      )
    ).rows
    const damaged = rows.filter((row) => row.recorded !== row.actual)
    if (damaged.length > 0)
      throw new Error(
        `${damaged.length} file(s) of ${table} no longer match their recorded sha256 (first: ${damaged[0]!.id})`,
      )
    photos.push(...rows.map((row) => ({ table, id: row.id, bytes: row.bytes, sha256: row.actual })))
  }
  progress(`checksummed ${photos.length} photo(s)`)
  return { postgres: versions!.postgres, postgis: versions!.postgis, migrations, tables, photos }
}

/** Where two contents differ, one line per difference; empty when identical. */
export function compareContents(expected: DatabaseContents, actual: DatabaseContents): string[] {
  const differences: string[] = []
  const tableNames = new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])
  for (const table of [...tableNames].sort()) {
    const want = expected.tables[table]
    const got = actual.tables[table]
    if (!want) differences.push(`table ${table}: not in the backup`)
    else if (!got) differences.push(`table ${table}: missing`)
    else if (want.rows !== got.rows)
      differences.push(`table ${table}: ${got.rows} rows, ${want.rows} expected`)
    else if (want.md5 !== got.md5)
      differences.push(`table ${table}: same ${got.rows} rows count, other content`)
  }
  const key = (photo: PhotoChecksum) => `${photo.table} ${photo.id}`
  const actualPhotos = new Map(actual.photos.map((photo) => [key(photo), photo]))
  for (const photo of expected.photos) {
    const got = actualPhotos.get(key(photo))
    if (!got) differences.push(`photo ${key(photo)}: missing`)
    else if (got.sha256 !== photo.sha256) differences.push(`photo ${key(photo)}: other bytes`)
    actualPhotos.delete(key(photo))
  }
  for (const extra of actualPhotos.keys()) differences.push(`photo ${extra}: not in the backup`)
  if (expected.migrations.join() !== actual.migrations.join()) differences.push('migrations differ')
  return differences
}

/** The sha256 and size of a file, read as a stream (backups may be large). */
export async function fileChecksum(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256')
  let bytes = 0
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    bytes += chunk.length
  }
  return { bytes, sha256: hash.digest('hex') }
}

export async function writeManifest(backupFile: string, manifest: BackupManifest): Promise<void> {
  await writeFile(manifestPath(backupFile), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' })
}

/**
 * The manifest of a backup, and the check that the file is the one it describes.
 * @throws Error when the manifest is missing or unreadable, or the file's checksum differs
 */
export async function readVerifiedManifest(backupFile: string): Promise<BackupManifest> {
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(await readFile(manifestPath(backupFile), 'utf8')) as BackupManifest
  } catch (error) {
    throw new Error(
      `cannot read ${manifestPath(backupFile)}, the manifest of this backup: ${String(error)}`,
      {
        cause: error,
      },
    )
  }
  if (manifest.format !== 'heritage-watch-backup' || manifest.formatVersion !== 1)
    throw new Error(`${manifestPath(backupFile)} is not a heritage-watch backup manifest (format 1)`)
  const { sha256 } = await fileChecksum(backupFile)
  if (sha256 !== manifest.file.sha256)
    throw new Error(
      `${backupFile} does not match its manifest's sha256: the file is damaged or not this backup's`,
    )
  return manifest
}
