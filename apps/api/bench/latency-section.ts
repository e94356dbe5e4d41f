import type pg from 'pg'
import { measureAlerts } from './alerts.ts'
import { type IndicatorsBenchSizes, measureIndicators } from './indicators.ts'
import type { LatencyReport } from './measure.ts'
import { markdownTable } from './report.ts'
import type { BenchSection } from './report-section.ts'
import { atMost } from './targets.ts'

// The parts of the bench before issue 12: the alert endpoints a partner and the desk wait for, and the
// indicators over synthetic alerts and constats (issue #10). They WRITE synthetic rows: only ever on the
// bench's throwaway cluster.

const P95_MS = 500
const INDICATORS_P95_MS = 300

export interface LatencyOptions {
  requests: number
  sizes: IndicatorsBenchSizes
  progress: (message: string) => void
}

const row = (report: LatencyReport) => [
  report.label,
  report.requests,
  report.p50.toFixed(1),
  report.p95.toFixed(1),
  report.max.toFixed(1),
  report.bytes,
]

/** Alerts and indicators latency against a running API on a throwaway database. */
export async function alertsAndIndicatorsSection(
  base: string,
  pool: pg.Pool,
  options: LatencyOptions,
): Promise<BenchSection> {
  const alerts = await measureAlerts(base, pool, options.requests, options.progress)
  const indicators = await measureIndicators(base, pool, options, options.progress)
  const markdown = [
    'One client, requests in a row, on the PostgreSQL server; the alerts written are synthetic ("[bench] …").',
    markdownTable(
      ['endpoint', 'requests', 'p50 ms', 'p95 ms', 'max ms', 'bytes'],
      [...alerts, indicators.api].map(row),
    ),
    `Indicators over ${options.sizes.alerts} synthetic alerts and ${options.sizes.assessments} synthetic constats ` +
      `(generated in ${(indicators.generationMs / 1000).toFixed(0)} s); the same queries through pg: p95 ` +
      `${indicators.raw.p95.toFixed(1)} ms (${indicators.parts.map((p) => `${p.label} ${p.p95.toFixed(1)}`).join(', ')}).`,
  ].join('\n\n')
  return {
    id: 'alerts-indicators',
    title: 'Alerts and indicators latency',
    markdown,
    data: { alerts, indicators },
    targets: [
      atMost(
        { id: 'alerts-p95', label: 'Alert endpoints p95', target: `< ${P95_MS} ms` },
        alerts.map((report) => ({ label: report.label, value: report.p95 })),
        P95_MS,
        ' ms',
      ),
      atMost(
        { id: 'indicators-p95', label: 'Indicators, whole basin, p95', target: `< ${INDICATORS_P95_MS} ms` },
        [{ label: 'indicators', value: indicators.api.p95 }],
        INDICATORS_P95_MS,
        ' ms',
      ),
    ],
  }
}
