import { buildApp } from '../../src/app.ts'
import { createPool } from '../../src/db/pool.ts'
import { startServerPostgis } from '../../test/setup/server-postgis.ts'
import { prepareTestDatabase } from '../../test/setup/load-test-database.ts'
import { scaleSection } from './section.ts'

// npm run bench:scale -w @heritage-watch/api [-- --quick]: the scale curve alone, to iterate on it.
// SCALE_DATABASE_URL: a throwaway database already migrated and loaded (else a throwaway PostgreSQL
// cluster is made, loaded and removed); SCALE_API_BASE: an API serving it (else one runs in this
// process); SCALE_SIZES=10000,100000,1000000; SCALE_REQUESTS. --quick: 10k only, short runs.

const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1'
const SIZES = (process.env.SCALE_SIZES ?? (QUICK ? '10000' : '10000,100000,1000000')).split(',').map(Number)
const REQUESTS = Number(process.env.SCALE_REQUESTS ?? (QUICK ? 10 : 50))
const progress = (message: string) => console.log(`[scale] ${message}`)

async function main() {
  const server = process.env.SCALE_DATABASE_URL ? undefined : await startServerPostgis()
  try {
    const databaseUrl = process.env.SCALE_DATABASE_URL ?? server!.connectionString
    if (server) {
      progress('throwaway PostgreSQL cluster: migrations and real data')
      await prepareTestDatabase(databaseUrl)
    }
    const pool = process.env.SCALE_API_BASE ? undefined : createPool(databaseUrl)
    const app = pool
      ? await buildApp({
          pool,
          config: { PUBLIC_URL: undefined, WEB_DIST_DIR: '/nonexistent', LOG_LEVEL: 'silent' },
          logger: false,
        })
      : undefined
    try {
      const apiBase = process.env.SCALE_API_BASE ?? (await app!.listen({ host: '127.0.0.1', port: 0 }))
      const section = await scaleSection({
        databaseUrl,
        apiBase,
        sizes: SIZES,
        requests: REQUESTS,
        progress,
        ...(QUICK ? { readMs: 500, creationMs: 2000 } : {}),
      })
      console.log(`\n## ${section.title}\n\n${section.markdown}\n`)
      for (const target of section.targets)
        console.log(
          `${target.met === null ? '—' : target.met ? 'met' : 'MISSED'}  ${target.label}: ${target.measured}`,
        )
    } finally {
      await app?.close()
      await pool?.end()
    }
  } finally {
    await server?.stop()
  }
}

await main()
