import { randomUUID } from 'node:crypto'
import { LoginResponseSchema } from '@heritage-watch/shared'
import { SESSION_COOKIE } from '../../src/auth/session-cookie.ts'

/** Where the API answers now: its port changes with every restart. */
export interface ApiAddress {
  base: string
}

/** How long a client keeps retrying one write before the test fails (restarts take seconds). */
const GIVE_UP_MS = 90_000
const RETRY_PAUSE_MS = 150

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A logged-in account that retries every write with its Idempotency-Key until it is acknowledged. */
export interface KeyedClient {
  /** Sends a write until a 2xx; another 4xx than a replay's is a failure of the test. */
  write(
    method: string,
    path: string,
    body: { json: unknown } | { form: Buffer; contentType: string },
  ): Promise<unknown>
  /** A read, retried through restarts. */
  read(path: string): Promise<Response>
  retries: number
  /** Ends every retry loop: the test is over. */
  close(): void
}

export async function loginClient(
  address: ApiAddress,
  email: string,
  password: string,
): Promise<KeyedClient> {
  const login = await fetch(`${address.base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`)
  const { csrfToken } = LoginResponseSchema.parse(await login.json())
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`))
  if (!cookie) throw new Error('login answered no session cookie')
  const auth = { cookie, 'x-csrf-token': csrfToken }

  let closed = false
  const client: KeyedClient = {
    retries: 0,
    close: () => {
      closed = true
    },
    async write(method, path, body) {
      const key = randomUUID()
      const headers: Record<string, string> = { ...auth, 'idempotency-key': key }
      let payload: BodyInit
      if ('json' in body) {
        headers['content-type'] = 'application/json'
        payload = JSON.stringify(body.json)
      } else {
        headers['content-type'] = body.contentType
        payload = new Uint8Array(body.form)
      }
      const response = await retried(() =>
        fetch(`${address.base}${path}`, { method, headers, body: payload }),
      )
      return response.json()
    },
    read: (path) => retried(() => fetch(`${address.base}${path}`, { headers: auth })),
  }

  /**
   * The first 2xx of `send`, its body read whole; a dead or restarting API (refused, reset, cut in the
   * middle of an answer, 5xx) is waited for.
   */
  async function retried(send: () => Promise<Response>): Promise<Response> {
    const started = Date.now()
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) {
        client.retries++
        await pause(RETRY_PAUSE_MS)
      }
      if (closed) throw new Error('the test ended')
      if (Date.now() - started > GIVE_UP_MS) throw new Error(`no answer within ${GIVE_UP_MS / 1000} s`)
      let response: Response
      try {
        response = await send()
        // Read whole here: a SIGKILL between the headers and the end of the body cuts the answer
        // ("terminated"), which is the same as no answer: the write is sent again with its key.
        if (response.ok) {
          const body = await response.arrayBuffer()
          const empty = response.status === 204 || response.status === 205
          return new Response(empty ? null : body, { status: response.status, headers: response.headers })
        }
      } catch {
        continue
      }
      if (response.status >= 500) {
        await response.body?.cancel()
        continue
      }
      throw new Error(`${response.status}: ${await response.text()}`)
    }
  }
  return client
}
