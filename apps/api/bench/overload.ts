import { readFile } from 'node:fs/promises'
import type { BenchSection, TargetResult } from './report-section.ts'
import { runWrk, type WrkResult } from './wrk.ts'

export interface OverloadOptions {
  /** The listening API, without a trailing slash. */
  apiBase: string
  /** The API's process, whose resident memory is sampled (the bench's own when the app runs in it). */
  apiPid: number
  /** Loaded with `connections` (the 10,000-feature page in the full bench). */
  heavyPath: string
  /** Measured meanwhile with two connections (a feature, /collections…). */
  lightPath: string
  connections: number
  seconds: number
  progress: (message: string) => void
}

/** Issue 12 target 3's bounds. */
const RSS_LIMIT_MB = 400
const LIGHT_P99_LIMIT_MS = 500
const LIGHT_CONNECTIONS = 2
const SAMPLE_EVERY_MS = 100

async function residentMegabytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kilobytes = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN)
  return kilobytes / 1024
}

/** Samples the process's resident memory until stopped; @returns the peak in MB. */
function sampleResidentMemory(pid: number): { stop: () => Promise<number> } {
  let peak = 0
  let pending = Promise.resolve()
  const timer = setInterval(() => {
    pending = residentMegabytes(pid).then(
      (megabytes) => {
        peak = Math.max(peak, megabytes)
      },
      () => undefined,
    )
  }, SAMPLE_EVERY_MS)
  return {
    async stop() {
      clearInterval(timer)
      await pending
      return peak
    },
  }
}

const count = (result: WrkResult, predicate: (status: number) => boolean) =>
  Object.entries(result.statuses)
    .filter(([status]) => predicate(Number(status)))
    .reduce((sum, [, value]) => sum + value, 0)

function unmeasured(why: string): BenchSection {
  const targets: TargetResult[] = ['rss', 'light-p99', 'heavy-shed'].map((id) => ({
    id: `overload-${id}`,
    label: `Overload: ${id}`,
    target: '',
    measured: 'not measured',
    met: null,
    why,
  }))
  return {
    id: 'overload',
    title: 'Bounded under overload (target 3)',
    markdown: `Not measured: ${why}\n`,
    data: { why },
    targets,
  }
}

/**
 * Issue 12 target 3: `connections` clients on the heavy page while two clients time a light route; the
 * API's resident memory is sampled all along. The heavy requests past the limits must be refused (503),
 * not queued, so that memory stays bounded and light requests keep answering.
 */
export async function overloadSection(options: OverloadOptions): Promise<BenchSection> {
  const { apiBase, apiPid, heavyPath, lightPath, connections, seconds, progress } = options
  let before: number
  try {
    before = await residentMegabytes(apiPid)
  } catch (error) {
    return unmeasured(`the API's memory cannot be read (/proc/${apiPid}/status: ${String(error)})`)
  }
  progress(`overload: ${connections} connections on ${heavyPath} for ${seconds} s, light ${lightPath}`)
  const memory = sampleResidentMemory(apiPid)
  let heavy: WrkResult
  let light: WrkResult
  try {
    ;[heavy, light] = await Promise.all([
      runWrk(`${apiBase}${heavyPath}`, connections, seconds),
      runWrk(`${apiBase}${lightPath}`, LIGHT_CONNECTIONS, seconds),
    ])
  } catch (error) {
    await memory.stop()
    return unmeasured(`wrk could not run (apt-get install wrk): ${String(error)}`)
  }
  const peak = await memory.stop()
  const shed = count(heavy, (status) => status === 503)
  const heavyOk = count(heavy, (status) => status >= 200 && status < 300)
  const heavyOther = heavy.requests - shed - heavyOk
  const lightOk = count(light, (status) => status >= 200 && status < 300)
  const data = { connections, seconds, heavyPath, lightPath, residentMb: { before, peak }, heavy, light }
  const targets: TargetResult[] = [
    {
      id: 'overload-rss',
      label: `API resident memory, ${connections} connections on the heavy page`,
      target: `< ${RSS_LIMIT_MB} MB`,
      measured: `${peak.toFixed(0)} MB peak (${before.toFixed(0)} MB before)`,
      met: peak < RSS_LIMIT_MB,
    },
    {
      id: 'overload-light-p99',
      label: 'Light route p99 meanwhile',
      target: `< ${LIGHT_P99_LIMIT_MS} ms, all answered`,
      measured: `${light.latency.p99.toFixed(0)} ms (${lightOk}/${light.requests} 2xx)`,
      met: light.latency.p99 < LIGHT_P99_LIMIT_MS && lightOk === light.requests && light.requests > 0,
    },
    {
      id: 'overload-heavy-shed',
      label: 'Heavy requests past the limit refused',
      target: '503 + Retry-After, no other error',
      measured: `${heavyOk} answered, ${shed} refused (503), ${heavyOther} other, ${heavy.socketErrors} socket errors`,
      met: shed > 0 && heavyOther === 0 && heavy.socketErrors === 0,
      ...(shed === 0 ? { why: 'nothing was refused: the load stayed under the limits' } : {}),
    },
  ]
  const markdown = [
    `${connections} connections on \`${heavyPath}\` and ${LIGHT_CONNECTIONS} on \`${lightPath}\` for ${seconds} s (wrk).`,
    '',
    '| | requests | 2xx | 503 | p50 | p99 |',
    '|---|---|---|---|---|---|',
    `| heavy | ${heavy.requests} | ${heavyOk} | ${shed} | ${heavy.latency.p50.toFixed(0)} ms | ${heavy.latency.p99.toFixed(0)} ms |`,
    `| light | ${light.requests} | ${lightOk} | ${count(light, (status) => status === 503)} | ${light.latency.p50.toFixed(0)} ms | ${light.latency.p99.toFixed(0)} ms |`,
    '',
    `API resident memory: ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB at the peak.`,
    '',
  ].join('\n')
  return { id: 'overload', title: 'Bounded under overload (target 3)', markdown, data, targets }
}
