import { createPool } from '../../src/db/pool.ts'
import type { BenchSection } from '../report-section.ts'
import { timed } from '../measure.ts'
import { benchAccount, benchLogin } from './accounts.ts'
import { checkTotals, type TotalsCheck } from './checks.ts'
import { explainRead } from './explain.ts'
import { assertBenchDatabase, growTo } from './generate.ts'
import { type LoadResult, measureLoad } from './load.ts'
import { scaleMarkdown, scaleTargets } from './markdown.ts'
import { call, creationBody, SCALE_READS } from './requests.ts'

// Issue 12 §4: the scale curve. Grows the bench's throwaway database to each size with SYNTHETIC alerts,
// constats and events, and measures at each size what the desk, the map and the dashboard read, and the
// creation of an alert by a partner with its spatial context.

export interface ScaleOptions {
  /** The bench's own database: refused when it holds alerts no bench wrote. */
  databaseUrl: string
  /** The API serving that database. */
  apiBase: string
  /** Numbers of alerts, grown in this order (e.g. 10k, 100k, 1M). */
  sizes: number[]
  /** The least number of requests per read and size. */
  requests: number
  progress: (message: string) => void
  /** How long each read is measured at each size (ms). */
  readMs?: number
  /** How long alerts are created without a pause at each size (ms). */
  creationMs?: number
}

export interface ScaleStep {
  size: number
  generationMs: number
  reads: LoadResult[]
  creation: LoadResult
  totals: TotalsCheck
}

const READ_CONCURRENCY = 4
const CREATION_CONCURRENCY = 8

/** Runs the scale curve and returns its part of the bench report. */
export async function scaleSection(options: ScaleOptions): Promise<BenchSection> {
  const { apiBase, progress } = options
  const pool = createPool(options.databaseUrl)
  try {
    await assertBenchDatabase(pool)
    const officer = await benchAccount(pool, 'officer')
    const partner = await benchAccount(pool, 'partner')
    const steps: ScaleStep[] = []
    let created = 0
    for (const size of options.sizes) {
      progress(`scale: growing to ${size} synthetic alerts`)
      const generation = await timed(() =>
        growTo(pool, size, { reporterId: partner.userId, officerId: officer.userId }, progress),
      )
      const officerHeaders = await benchLogin(apiBase, officer.email)
      const partnerHeaders = await benchLogin(apiBase, partner.email)
      const reads: LoadResult[] = []
      for (const read of SCALE_READS) {
        progress(`scale ${size}: ${read.label}`)
        const settings = {
          concurrency: READ_CONCURRENCY,
          durationMs: options.readMs ?? 2000,
          minimum: options.requests,
        }
        reads.push(
          await measureLoad(
            read.label,
            settings,
            async () => (await call(apiBase, officerHeaders, 'GET', read.path)).bytes,
          ),
        )
      }
      progress(`scale ${size}: sustained alert creation`)
      const creationSettings = {
        concurrency: CREATION_CONCURRENCY,
        durationMs: options.creationMs ?? 5000,
        minimum: options.requests,
      }
      const creation = await measureLoad(
        'POST /alerts, partner, spatial context',
        creationSettings,
        async () => {
          created += 1
          return (await call(apiBase, partnerHeaders, 'POST', '/alerts', creationBody(created))).bytes
        },
      )
      const totals = await checkTotals(pool, apiBase, officerHeaders)
      steps.push({ size, generationMs: generation.milliseconds, reads, creation, totals })
    }
    // Reads that do not stay within 2x from the smallest to the largest size are explained by their plans.
    const first = steps[0]
    const last = steps.at(-1)
    const plans: Record<string, string[]> = {}
    if (first && last && last !== first) {
      for (const [index, read] of SCALE_READS.entries()) {
        if (last.reads[index]!.p50 > 2 * first.reads[index]!.p50)
          plans[read.key] = await explainRead(pool, read.key)
      }
    }
    return {
      id: 'scale',
      title: 'Scale to a million alerts (issue 12 §4)',
      markdown: scaleMarkdown(steps, plans),
      data: { steps, plans, reads: SCALE_READS },
      targets: scaleTargets(steps),
    }
  } finally {
    await pool.end()
  }
}
