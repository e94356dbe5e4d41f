import path from 'node:path'
import { repositoryRoot } from '../../src/config.ts'
import { loadData } from '../../src/data-load/load-data.ts'
import { migrate } from '../../src/db/migrate.ts'
import { createPool, inTransaction } from '../../src/db/pool.ts'

/** Migrates the database and loads the real data of data/, as `npm start` does. */
export async function prepareTestDatabase(connectionString: string): Promise<void> {
  const pool = createPool(connectionString)
  try {
    await migrate(pool)
    await inTransaction(pool, (client) => loadData(client, { dataDir: path.join(repositoryRoot, 'data') }))
  } finally {
    await pool.end()
  }
}
