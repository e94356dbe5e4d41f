import { existsSync } from 'node:fs'
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { DataDirInUseError, lockDataDir } from '../db/data-dir-lock.ts'
import { startEmbeddedPostgis } from '../db/embedded-postgis.ts'
import { trimmedPostgis } from '../db/postgis-bundle.ts'
import { snapshotFromRunningProcess } from './control-socket.ts'
import {
  type BackupManifest,
  compareContents,
  type DatabaseContents,
  fileChecksum,
  readContents,
  readVerifiedManifest,
  writeManifest,
} from './manifest.ts'
import { appVersion, checkMigrationsKnown, type Progress } from './backup-common.ts'

const PGLITE_VERSION = '0.5.8'

/**
 * Backs up the embedded database in `dataDir` to `file` (a gzipped tar of the data directory, the form
 * PGlite loads back) and writes its manifest. While an API runs, it asks it for the snapshot on its control
 * socket (control-socket.ts); otherwise it opens the data directory itself.
 */
export async function backupEmbedded(
  dataDir: string,
  file: string,
  progress: Progress,
): Promise<BackupManifest> {
  progress(`asking the process that holds ${dataDir}, if one runs, for a snapshot`)
  let lastPercent = -1
  let tarball = await snapshotFromRunningProcess(dataDir, (received, total) => {
    const percent = Math.floor((received / Math.max(total, 1)) * 10) * 10
    if (percent !== lastPercent) progress(`received ${percent} % of ${megabytes(total)}`)
    lastPercent = percent
  })
  if (tarball) progress('snapshot taken by the running API')
  else tarball = await snapshotOfStoppedDirectory(dataDir, progress)
  const partial = `${file}.partial`
  await writeFile(partial, tarball, { flag: 'wx' })
  await rename(partial, file)
  progress(`wrote ${file} (${megabytes(tarball.length)}); checking that it opens, and checksumming it`)
  const contents = await openedContents(tarball, progress)
  const manifest: BackupManifest = {
    format: 'heritage-watch-backup',
    formatVersion: 1,
    kind: 'embedded',
    createdAt: new Date().toISOString(),
    appVersion: await appVersion(),
    tool: `PGlite ${PGLITE_VERSION} dumpDataDir (gzipped tar of the data directory)`,
    file: { name: path.basename(file), ...(await fileChecksum(file)) },
    ...contents,
  }
  await writeManifest(file, manifest)
  return manifest
}

/** Opens a data directory no process holds, snapshots it and closes it. */
async function snapshotOfStoppedDirectory(dataDir: string, progress: Progress): Promise<Buffer> {
  if (!existsSync(path.join(dataDir, 'PG_VERSION')))
    throw new Error(
      `there is no embedded database in ${dataDir} (set PGLITE_DATA_DIR, or DATABASE_URL for a server)`,
    )
  progress(`no API answers for ${dataDir}: opening it directly`)
  let database
  try {
    database = await startEmbeddedPostgis(dataDir)
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error
    throw new Error(
      `${dataDir} is held by a process that does not answer on its control socket (an older API, or a command such as data:load); stop it, or wait for it to end, and back up again`,
      { cause: error },
    )
  }
  try {
    return await database.snapshot()
  } finally {
    await database.stop()
  }
}

/** Loads a snapshot into a throwaway in-memory PGlite and reads its checksums: the backup opens. */
async function openedContents(tarball: Buffer, progress: Progress): Promise<DatabaseContents> {
  const database = await PGlite.create({
    loadDataDir: new Blob([new Uint8Array(tarball)], { type: 'application/x-gzip' }),
    extensions: { postgis: await trimmedPostgis() },
  })
  try {
    return await readContents(database, progress)
  } finally {
    await database.close()
  }
}

/**
 * Restores an embedded backup into `dataDir`, which must be empty or absent and held by no process, then
 * compares every table and photo with the manifest.
 * @returns the differences (none when the restore is faithful)
 */
export async function restoreEmbedded(file: string, dataDir: string, progress: Progress): Promise<string[]> {
  const manifest = await readVerifiedManifest(file)
  if (manifest.kind !== 'embedded')
    throw new Error(`${file} is a backup of a PostgreSQL server: restore it with DATABASE_URL set`)
  await checkMigrationsKnown(manifest)
  let release
  try {
    release = await lockDataDir(dataDir)
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error
    throw new Error(
      `refusing to restore into ${dataDir}: a process has it open (is \`npm start\` running?); stop it first`,
      {
        cause: error,
      },
    )
  }
  try {
    if ((await readdir(dataDir)).length > 0)
      throw new Error(
        `refusing to restore into ${dataDir}: it is not empty; move it aside (mv ${dataDir} ${dataDir}.old) or set PGLITE_DATA_DIR to a new folder`,
      )
    progress(`restoring ${file} into ${dataDir}`)
    const database = await PGlite.create({
      dataDir,
      loadDataDir: new Blob([await readFile(file)], { type: 'application/x-gzip' }),
      extensions: { postgis: await trimmedPostgis() },
    })
    try {
      progress('restored; comparing every table and photo with the manifest')
      return compareContents(manifest, await readContents(database, progress))
    } finally {
      await database.close()
    }
  } finally {
    await release()
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
