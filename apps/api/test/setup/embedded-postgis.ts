import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgis } from '../../src/db/embedded-postgis.ts'
import { prepareTestDatabase } from './load-test-database.ts'

/** Integration suite on the embedded database: a throwaway in-memory PGlite with the real data. */
export default async function setup(project: TestProject) {
  const database = await startEmbeddedPostgis('memory://')
  await prepareTestDatabase(database.connectionString)
  project.provide('databaseUrl', database.connectionString)
  project.provide('databaseKind', 'embedded')
  return () => database.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    databaseKind: 'embedded' | 'server'
  }
}
