import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { MIGRATIONS_DIR } from '../db/migrate.ts'
import type { BackupManifest } from './manifest.ts'

/** One line of news for the operator: long steps say how far they are. */
export type Progress = (message: string) => void

/** The API's version, as apps/api/package.json gives it. */
export async function appVersion(): Promise<string> {
  const packageJson = JSON.parse(await readFile(path.join(MIGRATIONS_DIR, '..', 'package.json'), 'utf8')) as {
    version: string
  }
  return packageJson.version
}

/**
 * Refuses a backup whose schema is newer than this code's: the API would run on tables it does not know.
 * An older one is fine: `npm start` applies the migrations it lacks.
 * @throws Error naming the unknown migrations
 */
export async function checkMigrationsKnown(manifest: BackupManifest): Promise<void> {
  const known = new Set(await readdir(MIGRATIONS_DIR))
  const unknown = manifest.migrations.filter((name) => !known.has(name))
  if (unknown.length > 0)
    throw new Error(
      `the backup's schema is newer than this code (migrations ${unknown.join(', ')}): restore it with the version that took it (${manifest.appVersion}) or a later one`,
    )
}
