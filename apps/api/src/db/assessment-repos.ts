import type pg from 'pg'
import { createAssessmentCollectionRepo } from './assessment-collection-repo.ts'
import { createAssessmentReadRepo } from './assessment-read-repo.ts'
import { createAssessmentWriteRepo } from './assessment-write-repo.ts'
import { createTransactionRunner, type Queryable, type TransactionRunner } from './pool.ts'

/** Every repo the constats services use, on one connection (the pool, or a transaction's client). */
function createAssessmentRepos(db: Queryable) {
  return {
    read: createAssessmentReadRepo(db),
    write: createAssessmentWriteRepo(db),
    collection: createAssessmentCollectionRepo(db),
  }
}

type AssessmentRepos = ReturnType<typeof createAssessmentRepos>

/** What the constats services are built from: repos on the pool for reads, and a transaction runner. */
export interface AssessmentsDependencies {
  repos: AssessmentRepos
  inTransaction: TransactionRunner<AssessmentRepos>
}

/** Built once, in app.ts. */
export function createAssessmentsDependencies(pool: pg.Pool): AssessmentsDependencies {
  return {
    repos: createAssessmentRepos(pool),
    inTransaction: createTransactionRunner(pool, createAssessmentRepos),
  }
}
