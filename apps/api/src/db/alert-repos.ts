import type pg from 'pg'
import { createAlertPlaceRepo } from './alert-place-repo.ts'
import { withPreparedStatements } from './alert-prepared.ts'
import { createAlertReadRepo } from './alert-read-repo.ts'
import { createAlertWorkflowRepo } from './alert-workflow-repo.ts'
import { createAlertWriteRepo } from './alert-write-repo.ts'
import { createFeatureContextRepo } from './feature-context-repo.ts'
import { createTransactionRunner, type Queryable, type TransactionRunner } from './pool.ts'

/** Every repo the alerts services use, on one connection (the pool, or a transaction's client). */
function createAlertRepos(db: Queryable) {
  return {
    place: createAlertPlaceRepo(db),
    write: createAlertWriteRepo(db),
    workflow: createAlertWorkflowRepo(db),
    read: createAlertReadRepo(db),
    /** The features an alert names are looked up as the feature context finds them. */
    features: createFeatureContextRepo(db),
  }
}

export type AlertRepos = ReturnType<typeof createAlertRepos>

/** What the alerts services are built from: repos on the pool for reads, and a transaction runner. */
export interface AlertsDependencies {
  repos: AlertRepos
  inTransaction: TransactionRunner<AlertRepos>
}

/**
 * The alerts services' dependencies on one pool; built once, in app.ts. A pool of one connection is the
 * embedded database's (pool.ts): no prepared statements there.
 */
export function createAlertsDependencies(pool: pg.Pool): AlertsDependencies {
  const prepare = pool.options.max !== 1
  const reposOn = (db: Queryable) => createAlertRepos(prepare ? withPreparedStatements(db) : db)
  return { repos: reposOn(pool), inTransaction: createTransactionRunner(pool, reposOn) }
}
