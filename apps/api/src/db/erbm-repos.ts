import type pg from 'pg'
import { createErbmReadRepo } from './erbm-read-repo.ts'
import { createErbmWriteRepo } from './erbm-write-repo.ts'
import { createTransactionRunner, type Queryable, type TransactionRunner } from './pool.ts'

function createErbmRepos(db: Queryable) {
  return { read: createErbmReadRepo(db), write: createErbmWriteRepo(db) }
}

export type ErbmRepos = ReturnType<typeof createErbmRepos>

/** What the ERBM services are built from: repos on the pool for reads, and a transaction runner. */
export interface ErbmDependencies {
  repos: ErbmRepos
  inTransaction: TransactionRunner<ErbmRepos>
}

/** The ERBM follow-up's dependencies on one pool; built once, in app.ts. */
export function createErbmDependencies(pool: pg.Pool): ErbmDependencies {
  return { repos: createErbmRepos(pool), inTransaction: createTransactionRunner(pool, createErbmRepos) }
}
