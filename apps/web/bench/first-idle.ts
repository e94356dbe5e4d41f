import { readFile, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import type { BenchSection, TargetResult } from '../../api/bench/report-section.ts'
import { type ServedProduct, serveProduct } from '../e2e/support/serve-product.ts'
import { type FirstIdleRun, measureFirstIdle } from './first-idle-run.ts'

// Web section of `npm run bench` (issue 12 target 5): time from navigation to the map's first idle with
// the default layers, what that time is made of, the JavaScript the first page loads (gzipped) and the
// largest data request. `tsx apps/web/bench/first-idle.ts` runs it alone (BENCH_WEB_RUNS=N).

const TARGETS = { firstIdleMs: 1200, javascriptKb: 400, dataRequestKb: 500 }

export interface FirstIdleOptions {
  /** Cold loads to time; the median and p95 are over them. Default 5. */
  runs?: number
  /** An already served product (the bench's own); by default one is built and started, then stopped. */
  product?: ServedProduct
  log?: (message: string) => void
}

/**
 * The JavaScript the page loads before the map can draw: the scripts and module preloads that
 * index.html names (MapLibre 5's worker is inside its bundle), gzipped at the default level as the
 * budget is defined. Chunks loaded later on demand are counted apart.
 */
async function javascriptGzipKb(webDist: string): Promise<{ initial: number; lazy: number }> {
  const html = await readFile(path.join(webDist, 'index.html'), 'utf8')
  const initialFiles = new Set(
    [...html.matchAll(/(?:src|href)="[^"]*\/assets\/([^"]+\.m?js)"/g)].map((match) => match[1]),
  )
  const sizes = { initial: 0, lazy: 0 }
  for (const file of (await readdir(path.join(webDist, 'assets'))).filter((name) => /\.m?js$/.test(name))) {
    const kb = gzipSync(await readFile(path.join(webDist, 'assets', file))).length / 1024
    if (initialFiles.has(file)) sizes.initial += kb
    else sizes.lazy += kb
  }
  return sizes
}

/** The value below which `share` of the sorted values lie (nearest rank). */
function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0
}
const median = (values: readonly number[]) => percentile(values, 0.5)

const MOMENTS: [keyof FirstIdleRun, string][] = [
  ['documentMs', 'index.html received'],
  ['scriptsMs', 'scripts and styles of index.html received'],
  ['mapCreatedMs', 'map created (JavaScript parsed and run, first React render)'],
  ['firstDataRequestMs', 'first tile asked for'],
  ['lastDataResponseMs', 'last tile of the first view received'],
  ['firstIdleMs', 'first map idle'],
]

/** The browser's CPU time per load, which the other users of a shared machine change far less than its timings. */
function cpuLine(runs: FirstIdleRun[]): string[] {
  const cpu = runs.flatMap((run) => (run.browserCpuMs === undefined ? [] : [run.browserCpuMs]))
  if (cpu.length === 0) return []
  return [
    `CPU of the browser's processes (page, GPU, browser) from navigation to first idle: median ` +
      `${median(cpu).toFixed(0)} ms, p95 ${percentile(cpu, 0.95).toFixed(0)} ms.`,
  ]
}

function markdownOf(
  runs: FirstIdleRun[],
  javascript: { initial: number; lazy: number },
  load: string,
): string {
  const largest = runs.flatMap((run) => run.dataRequests).sort((a, b) => b.kb - a.kb)[0]
  const rows = MOMENTS.map(([key, label]) => {
    const values = runs.map((run) => run[key] as number)
    return `| ${label} | ${median(values).toFixed(0)} | ${percentile(values, 0.95).toFixed(0)} |`
  })
  return [
    `Chromium (headless, software WebGL), cold profile each run, 1280x800, ${runs.length} runs; ${load}.`,
    '',
    '| moment, ms from navigation | median | p95 |',
    '|---|---|---|',
    ...rows,
    '',
    `Frames drawn before the first idle: median ${median(runs.map((run) => run.framesBeforeIdle))}. ` +
      `Data requests of the first view: ${median(runs.map((run) => run.dataRequests.length))}, the largest ` +
      `${(largest?.kb ?? 0).toFixed(1)} KB (${largest?.url ?? 'none'}).`,
    ...cpuLine(runs),
    `Initial JavaScript ${javascript.initial.toFixed(2)} KB gzipped; ${javascript.lazy.toFixed(0)} KB more on demand.`,
  ].join('\n')
}

/** The web app's part of the bench report: first map idle, initial JavaScript, largest data request. */
export async function firstIdleSection(options: FirstIdleOptions = {}): Promise<BenchSection> {
  const runs = options.runs ?? 5
  const log = options.log ?? (() => undefined)
  log(options.product ? 'timing the served web app' : 'building the web app and starting the API')
  const product = options.product ?? (await serveProduct())
  try {
    const measured: FirstIdleRun[] = []
    for (let run = 1; run <= runs; run += 1) {
      log(`run ${run}/${runs}: cold browser profile`)
      measured.push(await measureFirstIdle(product.url))
    }
    const javascript = await javascriptGzipKb(product.webDist)
    const idle = measured.map((run) => run.firstIdleMs)
    const largest = Math.max(0, ...measured.flatMap((run) => run.dataRequests.map((request) => request.kb)))
    // Timings on a shared machine say little: the report names the load they were taken under.
    const [load1] = os.loadavg()
    const busy = (load1 ?? 0) > os.cpus().length
    const load = `load average ${(load1 ?? 0).toFixed(1)} on ${os.cpus().length} cores`
    const targets: TargetResult[] = [
      {
        id: 'web-first-idle',
        label: 'First map idle, median',
        target: `≤ ${TARGETS.firstIdleMs} ms on a quiet machine`,
        measured: `${median(idle).toFixed(0)} ms (p95 ${percentile(idle, 0.95).toFixed(0)} ms)`,
        met: median(idle) <= TARGETS.firstIdleMs,
        ...(busy && { why: `taken on a busy machine (${load}): rerun on a quiet one` }),
      },
      {
        id: 'web-initial-js',
        label: 'Initial JavaScript, gzipped',
        target: `≤ ${TARGETS.javascriptKb} KB`,
        measured: `${javascript.initial.toFixed(2)} KB`,
        met: javascript.initial <= TARGETS.javascriptKb,
      },
      {
        id: 'web-largest-data-request',
        label: 'Largest data request of the first view',
        target: `< ${TARGETS.dataRequestKb} KB`,
        measured: `${largest.toFixed(1)} KB`,
        met: largest < TARGETS.dataRequestKb,
      },
    ]
    return {
      id: 'web-first-idle',
      title: 'Web app: first map idle',
      markdown: markdownOf(measured, javascript, load),
      data: { runs: measured, javascriptKb: javascript, loadAverage: load1, cores: os.cpus().length },
      targets,
    }
  } finally {
    if (!options.product) await product.stop()
  }
}

async function main() {
  const section = await firstIdleSection({
    runs: Number(process.env.BENCH_WEB_RUNS ?? 3),
    log: (message) => console.log(`[bench:web] ${message}`),
  })
  console.log(`\n## ${section.title}\n\n${section.markdown}\n`)
  for (const target of section.targets) {
    const verdict = target.met === null ? 'not measured' : target.met ? 'met' : 'MISSED'
    console.log(
      `${target.label}: ${target.measured}, target ${target.target}: ${verdict}${target.why ? ` (${target.why})` : ''}`,
    )
  }
}

// Run alone (`tsx apps/web/bench/first-idle.ts`, as `npm run bench` does) rather than imported by run.ts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
