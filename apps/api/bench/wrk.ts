import { execFile } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** What one wrk run measured. */
export interface WrkResult {
  requests: number
  requestsPerSecond: number
  /** Latency percentiles in milliseconds (from wrk --latency). */
  latency: { p50: number; p90: number; p99: number }
  /** Answers by HTTP status. */
  statuses: Record<string, number>
  /** Connect, read, write and timeout errors wrk counted. */
  socketErrors: number
}

// wrk runs one Lua state per thread: `done` gathers each thread's count of answers by status.
const STATUS_SCRIPT = `
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) statuses = {} end
function response(status, headers, body) statuses[status] = (statuses[status] or 0) + 1 end
function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      io.write(string.format("status %d %d\\n", status, count))
    end
  end
end
`

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 }

function milliseconds(text: string | undefined): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text ?? '')
  return match ? Number(match[1]) * (UNIT_MS[match[2]!] ?? 1) : Number.NaN
}

/** Reads wrk's text output (with --latency and the status script). */
export function parseWrk(output: string): WrkResult {
  const percentile = (label: string) =>
    milliseconds(new RegExp(`^\\s*${label}%\\s+(\\S+)`, 'm').exec(output)?.[1])
  const statuses: Record<string, number> = {}
  for (const [, status, count] of output.matchAll(/^status (\d+) (\d+)$/gm))
    statuses[status!] = (statuses[status!] ?? 0) + Number(count)
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)
  return {
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? 0),
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0),
    latency: { p50: percentile('50'), p90: percentile('90'), p99: percentile('99') },
    statuses,
    socketErrors: errors ? errors.slice(1).reduce((sum, value) => sum + Number(value), 0) : 0,
  }
}

let scriptCount = 0

async function writeFileOnce(text: string): Promise<string> {
  scriptCount += 1
  const file = path.join(os.tmpdir(), `heritage-watch-wrk-status-${process.pid}-${scriptCount}.lua`)
  await writeFile(file, text)
  return file
}

/**
 * Runs `wrk` (Debian's package) against `url` with `connections` open for `seconds`.
 * @throws when wrk is missing or fails
 */
export async function runWrk(url: string, connections: number, seconds: number): Promise<WrkResult> {
  // One file per run: two wrk started together must not read a script the other is rewriting.
  const script = await writeFileOnce(STATUS_SCRIPT)
  const threads = Math.max(1, Math.min(2, connections))
  try {
    const { stdout } = await run(
      'wrk',
      [
        '-t',
        String(threads),
        '-c',
        String(connections),
        '-d',
        `${seconds}s`,
        '--timeout',
        '30s',
        '--latency',
        '-s',
        script,
        url,
      ],
      { maxBuffer: 4 * 1024 * 1024 },
    )
    return parseWrk(stdout)
  } finally {
    await rm(script, { force: true })
  }
}
