import type pg from 'pg'
import { hashPassword } from '../src/auth/passwords.ts'
import { inAccountsTransaction } from '../src/db/accounts-repo.ts'
import { createIndicatorsRepo, type IndicatorScope } from '../src/db/indicators-repo.ts'
import { insertUser } from '../src/services/accounts/users.ts'
import {
  ANALYZE_SQL,
  COUNT_PLACES_SQL,
  CREATE_PLACES_SQL,
  INSERT_ALERT_EVENTS_SQL,
  INSERT_ALERTS_SQL,
  INSERT_ASSESSMENTS_SQL,
  MAX_ALERT_NUMBER_SQL,
} from './indicators-data.sql.ts'
import { type LatencyReport, measureLatency, timed } from './measure.ts'

// The indicators part of `npm run bench` (issue #10): GET /indicators for the whole basin over SYNTHETIC
// alerts and constats generated here, in the bench's throwaway database only, and the same queries run
// straight on the pool ("raw SQL"), so that the report shows what the API adds.

const BATCH = 10_000
const BASIN: IndicatorScope = { kind: 'bassin', code: null, polygon: null, from: null, to: null }

export interface IndicatorsBenchSizes {
  alerts: number
  assessments: number
}

async function benchUser(pool: pg.Pool, role: 'partner' | 'officer') {
  const organisationId = null
  const passwordHash = await hashPassword('bench password, thrown away with the database')
  const email = `bench-indicators-${role}-${Date.now()}@bench.invalid`
  const user = await inAccountsTransaction(pool, (repo) =>
    insertUser(repo, { email, displayName: `Bench ${role} (synthetic)`, role, organisationId, passwordHash }),
  )
  return user.id
}

/** Writes the synthetic rows in batches, saying how far it is. */
async function generate(pool: pg.Pool, sizes: IndicatorsBenchSizes, progress: (message: string) => void) {
  // Two accounts, so that the one who responds is not the reporter.
  const reporter = await benchUser(pool, 'officer')
  const officer = await benchUser(pool, 'officer')
  const client = await pool.connect()
  try {
    await client.query(CREATE_PLACES_SQL)
    const places = (await client.query<{ count: number }>(COUNT_PLACES_SQL)).rows[0]!.count
    for (let start = 1; start <= sizes.alerts; start += BATCH) {
      const end = Math.min(sizes.alerts, start + BATCH - 1)
      const before = (await client.query<{ number: number }>(MAX_ALERT_NUMBER_SQL)).rows[0]!.number
      await client.query(INSERT_ALERTS_SQL, [start, end, reporter, places])
      await client.query(INSERT_ALERT_EVENTS_SQL, [before, officer])
      progress(`synthetic alerts: ${end} / ${sizes.alerts}`)
    }
    for (let start = 1; start <= sizes.assessments; start += BATCH) {
      const end = Math.min(sizes.assessments, start + BATCH - 1)
      await client.query(INSERT_ASSESSMENTS_SQL, [start, end, officer, places])
      progress(`synthetic constats: ${end} / ${sizes.assessments}`)
    }
    await client.query(ANALYZE_SQL)
  } finally {
    client.release()
  }
}

/**
 * Fills the database, then measures GET /indicators for the whole basin (as an anonymous visitor, as
 * the public dashboard asks) and the same SQL without the API.
 */
export async function measureIndicators(
  base: string,
  pool: pg.Pool,
  options: { sizes: IndicatorsBenchSizes; requests: number },
  progress: (message: string) => void,
): Promise<{ api: LatencyReport; raw: LatencyReport; parts: LatencyReport[]; generationMs: number }> {
  const { sizes, requests } = options
  progress(
    `indicators: generating ${sizes.alerts} synthetic alerts and ${sizes.assessments} synthetic constats`,
  )
  const generation = await timed(() => generate(pool, sizes, progress))
  progress(`indicators, whole basin: ${requests} requests`)
  const api = await measureLatency('indicators, basin', requests, async () => {
    const response = await fetch(`${base}/indicators`)
    if (!response.ok) throw new Error(`/indicators answered ${response.status}: ${await response.text()}`)
    return (await response.arrayBuffer()).byteLength
  })
  const repo = createIndicatorsRepo(pool)
  const queries: [string, () => Promise<unknown>][] = [
    ['alertBreakdown', () => repo.alertBreakdown(BASIN)],
    ['alertDelays', () => repo.alertDelays(BASIN)],
    ['pressure', () => repo.pressure(BASIN)],
    ['assessments', () => repo.assessments(BASIN)],
    ['sitesAtRisk', () => repo.sitesAtRisk(BASIN)],
    ['erbmPhases', () => repo.erbmPhases(BASIN)],
    ['erbmScores', () => repo.erbmScores(BASIN)],
  ]
  const raw = await measureLatency('indicators, raw SQL', requests, async () => {
    for (const [, query] of queries) await query()
    return 0
  })
  // Each query alone, so that the report says where the time goes.
  const parts: LatencyReport[] = []
  for (const [label, query] of queries)
    parts.push(await measureLatency(label, requests, async () => (await query(), 0)))
  return { api, raw, parts, generationMs: generation.milliseconds }
}
