import { performance } from 'node:perf_hooks'

// Latency and throughput of one request, measured the same way at every size: `concurrency` callers in a
// loop for `durationMs` (or at least `minimum` requests), so that each figure is a few seconds of work.

export interface LoadResult {
  label: string
  requests: number
  /** Requests answered per second over the run. */
  throughput: number
  p50: number
  p95: number
  /** Bytes of the last answer. */
  bytes: number
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0

/**
 * Calls `work` from `concurrency` loops until `durationMs` has passed and `minimum` calls are done.
 * @param work one request; returns the size of its answer and throws on an unexpected status
 */
export async function measureLoad(
  label: string,
  options: { concurrency: number; durationMs: number; minimum: number },
  work: () => Promise<number>,
): Promise<LoadResult> {
  const durations: number[] = []
  let bytes = 0
  const start = performance.now()
  const loop = async () => {
    // A read that takes seconds stops short of `minimum` after ten times the duration: its figures then
    // rest on fewer requests, which the report shows.
    const more = () => {
      const elapsed = performance.now() - start
      return (
        elapsed < options.durationMs ||
        (durations.length < options.minimum && elapsed < 10 * options.durationMs)
      )
    }
    while (more()) {
      const begin = performance.now()
      bytes = await work()
      durations.push(performance.now() - begin)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, loop))
  const elapsed = performance.now() - start
  durations.sort((a, b) => a - b)
  return {
    label,
    requests: durations.length,
    throughput: (durations.length * 1000) / elapsed,
    p50: quantile(durations, 0.5),
    p95: quantile(durations, 0.95),
    bytes,
  }
}
