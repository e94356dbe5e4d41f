import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { serveSnapshots } from '../../src/backup/control-socket.ts'
import type { BackupManifest } from '../../src/backup/manifest.ts'
import { type EmbeddedPostgis, startEmbeddedPostgis } from '../../src/db/embedded-postgis.ts'
import { createPool } from '../../src/db/pool.ts'
import { useAccounts } from '../auth/accounts-fixtures.ts'
import { createTestApp, testDatabaseUrl, type TestApp } from '../helpers/test-app.ts'
import { prepareTestDatabase } from '../setup/load-test-database.ts'
import { fingerprint, runBackupCli, writeAlertsWithPhotos } from './backup-fixtures.ts'

// db:backup → db:restore → every table and every photo compared (issue 13 §7). On the server, the
// project's database is backed up and restored into a new database of the same cluster; the embedded
// project's database lives in its global setup's thread, out of reach, so the test starts one of its own
// in a data directory, as `npm start` does, with its control socket.
const kind = inject('databaseKind')
const LONG = 300_000

const source = {} as { app: TestApp; pool: pg.Pool; env: Record<string, string> }
let dir: string
let embedded: EmbeddedPostgis | undefined
let stopSnapshots: (() => Promise<void>) | undefined
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'heritage-watch-backup-'))
  let url = testDatabaseUrl()
  if (kind === 'embedded') {
    const dataDir = path.join(dir, 'source')
    embedded = await startEmbeddedPostgis(dataDir)
    await prepareTestDatabase(embedded.connectionString)
    stopSnapshots = await serveSnapshots(dataDir, embedded.snapshot, () => undefined)
    url = embedded.connectionString
    source.env = { PGLITE_DATA_DIR: dataDir }
  } else source.env = { DATABASE_URL: url }
  source.pool = createPool(url)
  source.app = await createTestApp(source.pool)
}, LONG)
// Registered before the accounts' cleanup, so that it runs after it (after-hooks run in reverse).
afterAll(async () => {
  await source.app.close()
  await source.pool.end()
  await stopSnapshots?.()
  await embedded?.stop()
  await rm(dir, { recursive: true, force: true })
}, LONG)
const accounts = useAccounts(source)

/**
 * A new database beside the test one, as a managed server gives it: owned by a role that is no superuser,
 * with PostGIS already created by the administrator. Dropped, with its role, by the returned function.
 */
async function emptyServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new URL(testDatabaseUrl())
  const name = `restore_${Math.random().toString(36).slice(2, 10)}`
  const run = async (database: string, sql: string) => {
    const url = new URL(admin)
    url.pathname = `/${database}`
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    await client.query(sql).finally(() => client.end())
  }
  await run('postgres', `CREATE ROLE ${name} LOGIN`)
  await run('postgres', `CREATE DATABASE ${name} OWNER ${name}`)
  await run(name, 'CREATE EXTENSION postgis')
  const url = new URL(admin)
  url.pathname = `/${name}`
  url.username = name
  return {
    url: url.toString(),
    drop: async () => {
      await run('postgres', `DROP DATABASE ${name} WITH (FORCE)`)
      await run('postgres', `DROP ROLE ${name}`)
    },
  }
}

describe(`db:backup and db:restore (${kind})`, () => {
  it(
    'restores every table and photo of a database being served, and refuses a target in use or not empty',
    async () => {
      const partner = await accounts.session('partner')
      const uploaded = await writeAlertsWithPhotos(source.app, partner, 3)
      const file = path.join(dir, 'backup.dump')
      const backup = await runBackupCli('backup', file, source.env)
      expect(backup.code, backup.output).toBe(0)
      if (kind === 'embedded') expect(backup.output).toContain('snapshot taken by the running API')
      const before = await fingerprint(source.pool)
      const manifest = JSON.parse(await readFile(`${file}.manifest.json`, 'utf8')) as BackupManifest
      expect(manifest).toMatchObject({ kind, migrations: expect.arrayContaining(['0006_alerts.sql']) })
      expect(manifest.photos.map((photo) => photo.sha256)).toEqual(expect.arrayContaining(uploaded))

      let target: { env: Record<string, string>; url: string; close(): Promise<void> }
      if (kind === 'embedded') {
        const busy = await runBackupCli('restore', file, source.env)
        expect(busy.code).toBe(1)
        expect(busy.output).toMatch(/refusing to restore into .*: a process has it open/)
        const dataDir = path.join(dir, 'restored')
        const restore = await runBackupCli('restore', file, { PGLITE_DATA_DIR: dataDir })
        expect(restore.code, restore.output).toBe(0)
        const opened = await startEmbeddedPostgis(dataDir)
        target = { env: { PGLITE_DATA_DIR: dataDir }, url: opened.connectionString, close: opened.stop }
      } else {
        const database = await emptyServerDatabase()
        const restore = await runBackupCli('restore', file, { DATABASE_URL: database.url })
        expect(restore.code, restore.output).toBe(0)
        target = { env: { DATABASE_URL: database.url }, url: database.url, close: database.drop }
      }
      try {
        // Read as the administrator: the restored tables belong to the target's role.
        const pool = createPool(
          kind === 'server'
            ? target.url.replace(/\/\/[^@]*@/, `//${new URL(testDatabaseUrl()).username}@`)
            : target.url,
        )
        const after = await fingerprint(pool).finally(() => pool.end())
        expect(Object.keys(after.tables)).toEqual(
          expect.arrayContaining(['public.alert', 'public.alert_photo']),
        )
        expect(after.tables['public.alert']!.rows).toBeGreaterThanOrEqual(3)
        expect(after.tables).toEqual(before.tables)
        expect(after.photos).toEqual(before.photos)
        expect(after.photos.map((photo) => photo.sha256)).toEqual(expect.arrayContaining(uploaded))
        if (kind === 'server') {
          const again = await runBackupCli('restore', file, target.env)
          expect(again.code).toBe(1)
          expect(again.output).toMatch(/refusing to restore: the database already has \d+ table/)
        }
      } finally {
        await target.close()
      }
      if (kind === 'embedded') {
        // With nobody holding it, the restored directory is opened by the backup command itself.
        const second = path.join(dir, 'second.dump')
        const offline = await runBackupCli('backup', second, target.env)
        expect(offline.code, offline.output).toBe(0)
        expect(offline.output).toContain('opening it directly')
        const secondManifest = JSON.parse(await readFile(`${second}.manifest.json`, 'utf8')) as BackupManifest
        expect(secondManifest.tables).toEqual(manifest.tables)
      }
    },
    LONG,
  )

  it('refuses a backup file that does not match its manifest', async () => {
    const file = path.join(dir, 'backup.dump')
    const damaged = path.join(dir, 'damaged.dump')
    await copyFile(file, damaged)
    await copyFile(`${file}.manifest.json`, `${damaged}.manifest.json`)
    const bytes = await readFile(damaged)
    const middle = bytes.length >> 1
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle)
    await writeFile(damaged, bytes)
    const restore = await runBackupCli('restore', damaged, { PGLITE_DATA_DIR: path.join(dir, 'never') })
    expect(restore.code).toBe(1)
    expect(restore.output).toContain('does not match its manifest')
  })
})
