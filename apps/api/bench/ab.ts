import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** What ApacheBench printed for one run, in requests per second and milliseconds. */
export interface AbResult {
  completed: number
  failed: number
  /** Answers other than 2xx: a bench run with any of them measured an error, not a page. */
  non2xx: number
  requestsPerSecond: number
  /** Bytes of the body of the (first) answer. */
  documentBytes: number
  p50: number
  p95: number
  p99: number
}

const number = (text: string, pattern: RegExp, fallback?: number): number => {
  const match = pattern.exec(text)
  if (!match) {
    if (fallback !== undefined) return fallback
    throw new Error(`ab output has no ${pattern.source}`)
  }
  return Number(match[1])
}

/**
 * Reads the summary of `ab`; the percentile table is in whole milliseconds.
 * @throws Error when a line every successful run prints is missing (ab failed or changed its format)
 */
export function parseAbOutput(text: string): AbResult {
  return {
    completed: number(text, /^Complete requests:\s+(\d+)/m),
    failed: number(text, /^Failed requests:\s+(\d+)/m),
    non2xx: number(text, /^Non-2xx responses:\s+(\d+)/m, 0),
    requestsPerSecond: number(text, /^Requests per second:\s+([\d.]+)/m),
    documentBytes: number(text, /^Document Length:\s+(\d+) bytes/m),
    p50: number(text, /^\s+50%\s+(\d+)/m),
    p95: number(text, /^\s+95%\s+(\d+)/m),
    p99: number(text, /^\s+99%\s+(\d+)/m),
  }
}

/**
 * ApacheBench with keep-alive for a fixed time. `-n` is set because `-t` alone caps at 50,000 requests;
 * ab callocs one record per `-n` request, so a million is address space touched only as requests complete.
 * Failed requests count length changes too (pages are not all the same size), so only non-2xx and
 * zero completions are treated as errors by the callers.
 */
export async function runAb(url: string, options: { seconds: number; concurrency: number }) {
  const args = ['-k', '-q', '-c', String(options.concurrency), '-t', String(options.seconds)]
  const { stdout } = await run('ab', [...args, '-n', '1000000', url], { maxBuffer: 1 << 20 })
  return parseAbOutput(stdout)
}

/** Whether `ab` is on the PATH (Debian's apache2-utils); without it no throughput is measured. */
export const abInstalled = (): boolean =>
  (process.env.PATH ?? '').split(path.delimiter).some((directory) => existsSync(path.join(directory, 'ab')))
