import { performance } from 'node:perf_hooks'

/** One request of a load run, as the client saw it. */
export interface Answer {
  url: string
  /** Milliseconds since the run started, when the request was sent. */
  sentAt: number
  ms: number
  /** The HTTP status, or `error` when no complete answer came (refused, reset, cut mid-body, timed out). */
  status: number | 'error'
  retryAfter: string | null
  contentType: string | null
  /** The error's name and cause, when status is `error`. */
  error?: string
}

export interface LoadOptions {
  /** Requests running at once. */
  concurrency: number
  /** A request unanswered after this long counts as an error (a hang). */
  timeoutMs: number
  /** Pause between two requests of one worker: light load, not a flood. */
  pauseMs: number
  headers?: Record<string, string>
}

function describeError(error: unknown): string {
  const { name, message, cause } = error as { name?: string; message?: string; cause?: { code?: string } }
  return `${name ?? 'Error'}: ${message ?? ''}${cause?.code ? ` (${cause.code})` : ''}`
}

/**
 * Sends `urls` in turn from `concurrency` workers until stopped, reading every body to its end, so that
 * an answer cut short counts as an error and not as a success.
 */
export function startLightLoad(base: string, urls: readonly string[], options: LoadOptions) {
  const started = performance.now()
  const answers: Answer[] = []
  let running = true
  let next = 0
  const worker = async () => {
    while (running) {
      const url = urls[next++ % urls.length]!
      const sentAt = performance.now() - started
      const answer: Answer = { url, sentAt, ms: 0, status: 'error', retryAfter: null, contentType: null }
      try {
        const response = await fetch(`${base}${url}`, {
          headers: options.headers,
          signal: AbortSignal.timeout(options.timeoutMs),
        })
        await response.arrayBuffer()
        answer.status = response.status
        answer.retryAfter = response.headers.get('retry-after')
        answer.contentType = response.headers.get('content-type')
      } catch (error) {
        answer.error = describeError(error)
      }
      answer.ms = performance.now() - started - sentAt
      answers.push(answer)
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs))
    }
  }
  const workers = Array.from({ length: options.concurrency }, worker)
  return {
    /** Milliseconds since the run started, on the same clock as Answer.sentAt. */
    now: () => performance.now() - started,
    answers,
    /** Stops sending and resolves once every request sent has its answer. */
    async stop(): Promise<Answer[]> {
      running = false
      await Promise.all(workers)
      return answers
    },
  }
}

/** A short summary for an assertion message: counts by status, and the slowest answer. */
export function summarise(answers: readonly Answer[]): string {
  const counts = new Map<string, number>()
  for (const answer of answers)
    counts.set(String(answer.status), (counts.get(String(answer.status)) ?? 0) + 1)
  const slowest = Math.max(0, ...answers.map((answer) => answer.ms))
  return `${[...counts].map(([status, count]) => `${status}×${count}`).join(' ')}, slowest ${Math.round(slowest)} ms`
}
