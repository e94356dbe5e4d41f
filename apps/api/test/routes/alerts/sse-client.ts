import { type AlertStreamMessage, AlertStreamMessageSchema } from '@heritage-watch/shared'
import { expect } from 'vitest'

/** An open server-sent events stream read with fetch, as a test client (EventSource is a browser API). */
export interface TestStream {
  status: number
  headers: Headers
  /** The `alert` events received so far, checked against the contract. */
  alerts: AlertStreamMessage[]
  /** Everything received so far, comments included. */
  text: () => string
  /** Resolves when an `alert` event matches, fails after `timeoutMs`. */
  waitFor: (match: (message: AlertStreamMessage) => boolean, timeoutMs?: number) => Promise<void>
  close: () => void
  /** Resolves when the stream ends: the server ended it, or close() aborted it. */
  ended: Promise<void>
}

/** Opens `url` and reads its events in the background until `close()`. */
export async function openStream(url: string, headers: Record<string, string> = {}): Promise<TestStream> {
  const controller = new AbortController()
  const response = await fetch(url, { headers, signal: controller.signal })
  let received = ''
  const alerts: AlertStreamMessage[] = []
  const waiters = new Set<() => void>()
  let ended = Promise.resolve()
  if (response.ok && response.body) {
    const decoder = new TextDecoder()
    const reader = response.body.getReader()
    ended = (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          received += decoder.decode(value, { stream: true })
          // Events end with a blank line; parse the complete ones again each time (tests are short).
          alerts.length = 0
          for (const block of received.split('\n\n').slice(0, -1)) {
            const lines = block.split('\n')
            if (!lines.includes('event: alert')) continue
            const data = lines
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice(6))
              .join('\n')
            alerts.push(AlertStreamMessageSchema.parse(JSON.parse(data)))
          }
          for (const wake of waiters) wake()
        }
      } catch {
        // Aborted by close(): the test is done with it.
      }
    })()
  } else await response.body?.cancel()
  return {
    status: response.status,
    headers: response.headers,
    alerts,
    text: () => received,
    async waitFor(match, timeoutMs = 5_000) {
      if (alerts.some(match)) return
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no matching alert event within ${timeoutMs} ms; received: ${received}`))
        }, timeoutMs)
        const check = () => {
          if (!alerts.some(match)) return
          clearTimeout(timer)
          waiters.delete(check)
          resolve()
        }
        waiters.add(check)
      })
    },
    close: () => controller.abort(),
    ended,
  }
}

/** Waits `ms`: to show that nothing arrives, a test waits and then looks. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The status and media type of a stream refused before it started (a problem+json). */
export function expectRefusedStream(stream: TestStream, status: number) {
  expect(stream.status).toBe(status)
  expect(stream.headers.get('content-type')).toMatch(/^application\/problem\+json/)
}
