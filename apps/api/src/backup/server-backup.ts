import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import pg from 'pg'
import { EXPORT_SNAPSHOT_SQL, ENGINE_VERSIONS_SQL, USER_TABLES_SQL } from '../db/sql/backup.sql.ts'
import { appVersion, checkMigrationsKnown, type Progress } from './backup-common.ts'
import {
  type BackupManifest,
  compareContents,
  fileChecksum,
  readContents,
  readVerifiedManifest,
  writeManifest,
} from './manifest.ts'

const run = promisify(execFile)

/** Lines of `pg_restore --list` such as `5133; 0 0 COMMENT - EXTENSION postgis` or `…; TABLE DATA public spatial_ref_sys postgres`. */
const POSTGIS_OWN_ENTRY = /^\d+; \d+ \d+ (COMMENT - EXTENSION |TABLE DATA \S+ spatial_ref_sys )/

/** Where pg_dump and pg_restore are (PG_BIN_DIR) and the server to reach. */
export interface ServerTarget {
  databaseUrl: string
  pgBinDir?: string
}

/**
 * Backs up a PostgreSQL server with pg_dump's custom format and writes the manifest. pg_dump runs on a
 * snapshot exported by the transaction that checksums the tables: both see the very same rows, while the
 * API goes on writing.
 */
export async function backupServer(
  target: ServerTarget,
  file: string,
  progress: Progress,
): Promise<BackupManifest> {
  if (existsSync(file)) throw new Error(`${file} exists already: choose a new name`)
  const client = new pg.Client({ connectionString: target.databaseUrl })
  await client.connect()
  try {
    const tool = await checkedToolVersion(client, target, 'pg_dump')
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const [{ snapshot }] = (await client.query<{ snapshot: string }>(EXPORT_SNAPSHOT_SQL)).rows as [
      { snapshot: string },
    ]
    const partial = `${file}.partial`
    const dumped = runTool(
      target,
      'pg_dump',
      ['--format=custom', `--snapshot=${snapshot}`, '--verbose', `--file=${partial}`],
      progress,
    )
    const [contents] = await Promise.all([readContents(client, progress), dumped])
    await client.query('COMMIT')
    await rename(partial, file)
    const manifest: BackupManifest = {
      format: 'heritage-watch-backup',
      formatVersion: 1,
      kind: 'server',
      createdAt: new Date().toISOString(),
      appVersion: await appVersion(),
      tool,
      file: { name: path.basename(file), ...(await fileChecksum(file)) },
      ...contents,
    }
    await writeManifest(file, manifest)
    return manifest
  } finally {
    await client.end()
  }
}

/**
 * Restores a server backup into the (empty) database of DATABASE_URL with pg_restore, in one transaction,
 * then compares every table and photo with the manifest.
 * @returns the differences (none when the restore is faithful)
 */
export async function restoreServer(
  target: ServerTarget,
  file: string,
  progress: Progress,
): Promise<string[]> {
  const manifest = await readVerifiedManifest(file)
  if (manifest.kind !== 'server')
    throw new Error(
      `${file} is a backup of the embedded database: restore it without DATABASE_URL (into PGLITE_DATA_DIR)`,
    )
  await checkMigrationsKnown(manifest)
  const client = new pg.Client({ connectionString: target.databaseUrl })
  await client.connect()
  try {
    await checkedToolVersion(client, target, 'pg_restore')
    const tables = (await client.query<{ name: string }>(USER_TABLES_SQL)).rows.map((row) => row.name)
    if (tables.length > 0)
      throw new Error(
        `refusing to restore: the database already has ${tables.length} table(s) (${tables.slice(0, 3).join(', ')}…); restore into a new, empty database (createdb) and point DATABASE_URL at it`,
      )
    // No owners nor grants: the backup may come from another role (a managed server's).
    const list = await restoreList(target, file)
    await runTool(
      target,
      'pg_restore',
      [
        `--use-list=${list.file}`,
        '--no-owner',
        '--no-acl',
        '--exit-on-error',
        '--single-transaction',
        '--verbose',
        '--dbname',
        connectionWithoutPassword(target.databaseUrl),
        file,
      ],
      progress,
    ).finally(list.remove)
    progress('restored; comparing every table and photo with the manifest')
    return compareContents(manifest, await readContents(client, progress))
  } finally {
    await client.end()
  }
}

/**
 * The archive's table of contents without what belongs to PostGIS: on a managed server the provider
 * creates the extension, and another role may neither `COMMENT ON EXTENSION` nor write into
 * `spatial_ref_sys` (pg_restore would stop there). `CREATE EXTENSION` fills spatial_ref_sys with its
 * standard systems; the comparison after the restore would name any system added by hand (none is).
 * @returns the list file, and the function that removes it
 */
async function restoreList(target: ServerTarget, file: string) {
  const { stdout } = await run(toolPath(target, 'pg_restore'), ['--list', file], {
    maxBuffer: 64 * 1024 * 1024,
  })
  const kept = stdout.split('\n').filter((line) => !POSTGIS_OWN_ENTRY.test(line))
  const folder = await mkdtemp(path.join(os.tmpdir(), 'heritage-watch-restore-'))
  const listFile = path.join(folder, 'restore.list')
  await writeFile(listFile, kept.join('\n'))
  return { file: listFile, remove: () => rm(folder, { recursive: true, force: true }) }
}

/**
 * The tool's version line, once checked against the server: pg_dump cannot dump a newer major version.
 * @throws Error saying which version to install
 */
async function checkedToolVersion(client: pg.Client, target: ServerTarget, tool: 'pg_dump' | 'pg_restore') {
  const line = await new Promise<string>((resolve, reject) => {
    const child = spawn(toolPath(target, tool), ['--version'], { stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', (error) =>
      reject(
        new Error(
          `cannot run ${toolPath(target, tool)}: ${error.message} (install postgresql-client, or set PG_BIN_DIR)`,
        ),
      ),
    )
    child.once('close', () => resolve(output.trim()))
  })
  const toolMajor = Number(/(\d+)(?:\.\d+)?/.exec(line)?.[1])
  const [{ serverVersionNum }] = (await client.query<{ serverVersionNum: number }>(ENGINE_VERSIONS_SQL))
    .rows as [{ serverVersionNum: number }]
  const serverMajor = Math.floor(serverVersionNum / 10_000)
  if (!(toolMajor >= serverMajor))
    throw new Error(
      `${line} is older than the server (PostgreSQL ${serverMajor}): install postgresql-client-${serverMajor} and set PG_BIN_DIR to its bin folder`,
    )
  return line
}

const toolPath = (target: ServerTarget, tool: string) =>
  target.pgBinDir ? path.join(target.pgBinDir, tool) : tool

/** The URL without its password, which goes through PGPASSWORD instead: never on a command line. */
function connectionWithoutPassword(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  url.password = ''
  return url.toString()
}

/**
 * Runs pg_dump or pg_restore on the server, its --verbose lines turned into progress.
 * @throws Error with the tool's last messages when it fails
 */
function runTool(
  target: ServerTarget,
  tool: 'pg_dump' | 'pg_restore',
  args: string[],
  progress: Progress,
): Promise<void> {
  const url = new URL(target.databaseUrl)
  const password = decodeURIComponent(url.password)
  const withDatabase = tool === 'pg_dump' ? [...args, connectionWithoutPassword(target.databaseUrl)] : args
  const child = spawn(toolPath(target, tool), withDatabase, {
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const lastLines: string[] = []
  let tables = 0
  createInterface({ input: child.stderr }).on('line', (line) => {
    lastLines.push(line)
    if (lastLines.length > 10) lastLines.shift()
    // One line per table's data: the count tells how far a long dump or restore is.
    if (/dumping contents of table|processing data for table/.test(line) && ++tables % 10 === 0)
      progress(`${tool}: ${tables} tables' data done`)
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${tool} failed (exit code ${code}):\n  ${lastLines.join('\n  ')}`)),
    )
  })
}
