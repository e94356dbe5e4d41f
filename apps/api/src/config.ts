import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

const ConfigSchema = z.object({
  /** A PostgreSQL + PostGIS server; when absent the embedded PGlite database is started. */
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Where the embedded database keeps its files between starts. */
  PGLITE_DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(repositoryRoot, '.data', 'pglite')),
  /** Base URL used in links when the API sits behind a proxy; otherwise taken from each request. */
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default(path.join(repositoryRoot, 'data')),
  WEB_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join(repositoryRoot, 'apps', 'web', 'dist')),
})
export type Config = z.infer<typeof ConfigSchema>

export class ConfigError extends Error {}

/**
 * Reads the configuration once; the only reader of process.env.
 * @throws ConfigError naming every variable that is wrong
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''))
  const parsed = ConfigSchema.safeParse(cleaned)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  return parsed.data
}

export { repositoryRoot }
