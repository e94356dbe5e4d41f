import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type pg from 'pg'
import { inTransaction } from './pool.ts'

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations')

const CREATE_MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`
/** Also read by /ready (readiness-repo.ts), which compares it with shippedMigrations(). */
export const SELECT_APPLIED = 'SELECT name FROM schema_migration'
const INSERT_APPLIED = 'INSERT INTO schema_migration (name) VALUES ($1)'

/** The numbered migration files the code ships, in the order they apply. */
export async function shippedMigrations(): Promise<string[]> {
  return (await readdir(MIGRATIONS_DIR)).filter((file) => /^\d{4}_.+\.sql$/.test(file)).sort()
}

/**
 * Applies the numbered plain-SQL migrations not yet applied, each in its own transaction.
 * @returns the names of the migrations applied now
 */
export async function migrate(
  pool: pg.Pool,
  log: (message: string) => void = () => undefined,
): Promise<string[]> {
  await pool.query(CREATE_MIGRATIONS_TABLE)
  const applied = new Set((await pool.query<{ name: string }>(SELECT_APPLIED)).rows.map((row) => row.name))
  const files = await shippedMigrations()
  const appliedNow: string[] = []
  for (const file of files) {
    if (applied.has(file)) continue
    const sql = await readFile(path.join(MIGRATIONS_DIR, file), 'utf8')
    await inTransaction(pool, async (client) => {
      await client.query(sql)
      await client.query(INSERT_APPLIED, [file])
    })
    log(`migration ${file} applied`)
    appliedNow.push(file)
  }
  return appliedNow
}
