import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import path from 'node:path'
import { AlertSchema } from '@heritage-watch/shared'
import type pg from 'pg'
import { expect } from 'vitest'
import { repositoryRoot } from '../../src/config.ts'
import type { Session } from '../auth/accounts-fixtures.ts'
import type { TestApp } from '../helpers/test-app.ts'
import { multipartBody, pngImage, TERRIL_74A_ALERT } from '../routes/alerts/alert-fixtures.ts'

export interface CliResult {
  code: number
  output: string
}

/**
 * Runs `npm run db:backup` / `db:restore`'s entry point as the operator would, in a process of its own,
 * with `env` (DATABASE_URL or PGLITE_DATA_DIR) in place of the test's.
 */
export function runBackupCli(
  command: 'backup' | 'restore',
  file: string,
  env: { DATABASE_URL?: string; PGLITE_DATA_DIR?: string },
): Promise<CliResult> {
  const entry = path.join(repositoryRoot, 'apps/api/src/cli', `${command}.ts`)
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', entry, file],
      {
        cwd: repositoryRoot,
        env: { ...process.env, DATABASE_URL: '', PGLITE_DATA_DIR: '', ...env },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, output: `${stdout}${stderr}` })
      },
    )
  })
}

/** Synthetic photos (test data, labelled as such in their names): grey PNGs of different sizes. */
export async function writeAlertsWithPhotos(app: TestApp, session: Session, count: number) {
  const sha256s: string[] = []
  for (let index = 0; index < count; index++) {
    const photos = [pngImage(3 + 2 * index), pngImage(4 + 2 * index)]
    const form = multipartBody(
      { ...TERRIL_74A_ALERT, title: `Test de sauvegarde ${index} (données de test)` },
      photos.map((content, n) => ({
        filename: `test-backup-${index}-${n}.png`,
        contentType: 'image/png',
        content,
      })),
    )
    const response = await app.inject({
      method: 'POST',
      url: '/alerts',
      headers: { ...session.headers, 'content-type': form.contentType },
      payload: form.payload,
    })
    expect(response.statusCode, response.body).toBe(201)
    expect(AlertSchema.parse(response.json()).photoCount).toBe(2)
    sha256s.push(...photos.map((photo) => createHash('sha256').update(photo).digest('hex')))
  }
  return sha256s
}

// The test's own fingerprint of a database, written apart from src/backup/manifest.ts so that a fault
// there cannot hide itself: every row's text, sorted, in one md5 per table.
const TABLES_SQL = `
SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name
FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_'
ORDER BY 1`

/** Every table's row count and content digest, and every alert photo's sha256 computed from its bytes. */
export async function fingerprint(pool: pg.Pool) {
  const client = await pool.connect()
  try {
    await client.query(`SET TimeZone = 'UTC'`)
    await client.query(`SET extra_float_digits = 1`)
    const tables: Record<string, { rows: number; md5: string }> = {}
    for (const { name } of (await client.query<{ name: string }>(TABLES_SQL)).rows) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
         FROM ${name} AS t`,
      )
      tables[name] = rows[0]!
    }
    const photos = (
      await client.query<{ id: string; sha256: string }>(
        `SELECT id::text AS id, encode(sha256(content), 'hex') AS sha256 FROM alert_photo ORDER BY id`,
      )
    ).rows
    return { tables, photos }
  } finally {
    client.release()
  }
}
