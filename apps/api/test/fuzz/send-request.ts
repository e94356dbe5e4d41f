import type { Readable } from 'node:stream'
import type { TestApp } from '../helpers/test-app.ts'
import type { FuzzRequest } from './request-arbitraries.ts'

export interface Answer {
  status: number
  contentType: string
  body: string
}

/** The most of a body the checks read: a problem is short, and a 10,000-feature page need not be kept. */
const BODY_LIMIT = 1 << 20

/**
 * Sends a generated request through app.inject. The body is read as a stream so that the live-update
 * stream (which never ends by design) is read up to its first event and then let go.
 */
export async function sendRequest(
  app: TestApp,
  request: FuzzRequest,
  auth: Record<string, string>,
): Promise<Answer> {
  const response = await app.inject({
    method: request.method,
    url: request.url,
    headers: { ...request.headers, ...auth },
    payload: request.payload,
    payloadAsStream: true,
  })
  const contentType = String(response.headers['content-type'] ?? '')
  const stream = response.stream() as Readable
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
    if (length < BODY_LIMIT) chunks.push(buffer)
    length += buffer.length
    if (contentType.startsWith('text/event-stream')) {
      stream.destroy()
      break
    }
  }
  return { status: response.statusCode, contentType, body: Buffer.concat(chunks).toString('utf8') }
}

/**
 * What is wrong with a refusal, or undefined: a 4xx must be problem+json (RFC 9457) with a `detail` or
 * `invalid-params` naming what was refused; a 5xx is wrong in itself.
 */
export function answerFault(answer: Answer): string | undefined {
  if (answer.status >= 500) return `${answer.status}: ${answer.body.slice(0, 500)}`
  if (answer.status < 400) return undefined
  if (!answer.contentType.startsWith('application/problem+json'))
    return `${answer.status} as ${answer.contentType || 'no media type'}: ${answer.body.slice(0, 300)}`
  let problem: { status?: unknown; detail?: unknown; 'invalid-params'?: { name?: unknown }[] }
  try {
    problem = JSON.parse(answer.body) as typeof problem
  } catch {
    return `${answer.status} problem that is not JSON: ${answer.body.slice(0, 300)}`
  }
  if (problem.status !== answer.status)
    return `problem.status ${String(problem.status)} on a ${answer.status}`
  const named = (problem['invalid-params'] ?? []).some(
    (param) => typeof param.name === 'string' && param.name,
  )
  const detailed = typeof problem.detail === 'string' && problem.detail.trim().length > 0
  return named || detailed
    ? undefined
    : `${answer.status} problem naming nothing: ${answer.body.slice(0, 300)}`
}
