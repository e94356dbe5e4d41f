import { performance } from 'node:perf_hooks'

export interface LatencyReport {
  label: string
  requests: number
  p50: number
  p95: number
  max: number
  bytes: number
}

/** Runs `work` `count` times in a row and reports the latency percentiles in milliseconds. */
export async function measureLatency(
  label: string,
  count: number,
  work: () => Promise<number>,
): Promise<LatencyReport> {
  const durations: number[] = []
  let bytes = 0
  for (let index = 0; index < count; index += 1) {
    const start = performance.now()
    bytes = await work()
    durations.push(performance.now() - start)
  }
  durations.sort((a, b) => a - b)
  const at = (quantile: number) =>
    durations[Math.min(durations.length - 1, Math.floor(quantile * durations.length))] ?? 0
  return { label, requests: count, p50: at(0.5), p95: at(0.95), max: at(1), bytes }
}

/** Time of one async step in milliseconds, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; milliseconds: number }> {
  const start = performance.now()
  const result = await work()
  return { result, milliseconds: performance.now() - start }
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
