import { createHmac } from 'node:crypto'
import { webhookAddressProblem } from './webhook-address.ts'

// Webhooks (issue 11 §6): a JSON POST signed with HMAC-SHA256 over "<timestamp>.<body>", as Stripe and
// GitHub do, so that a receiver can check where it came from and refuse a replayed old one.

const SIGNATURE_HEADER = 'x-heritagewatch-signature'
const TIMESTAMP_HEADER = 'x-heritagewatch-timestamp'
const DELIVERY_HEADER = 'x-heritagewatch-delivery'

/** How long a receiver has to answer before the attempt counts as failed. */
const WEBHOOK_TIMEOUT_MS = 10_000

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost'])

/**
 * Whether a webhook URL may be used: https, or plain http to the loopback when the configuration allows
 * it (tests, a receiver on the same machine).
 */
export function webhookUrlProblem(raw: string, allowLoopbackHttp: boolean): string | undefined {
  const url = new URL(raw)
  if (url.protocol === 'https:') return undefined
  if (url.protocol === 'http:' && allowLoopbackHttp && LOOPBACK_HOSTS.has(url.hostname)) return undefined
  return allowLoopbackHttp ? 'must be https (or http on the loopback)' : 'must be https'
}

/**
 * The signature header's value.
 * @example signature('secret', '1700000000', '{}') // 'sha256=…' (64 hex digits)
 */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

export interface SendOutcome {
  ok: boolean
  httpStatus: number | null
  error: string | null
}

/**
 * Posts one signed delivery; any 2xx is a success, anything else (or no answer) a failure. A host that
 * resolves to a private address is not called (loopback only when `allowLoopback`, for tests).
 */
export async function postWebhook(
  url: string,
  secret: string,
  deliveryId: string,
  payload: unknown,
  allowLoopback = false,
): Promise<SendOutcome> {
  const refused = await webhookAddressProblem(url, allowLoopback)
  if (refused) return { ok: false, httpStatus: null, error: refused }
  const body = JSON.stringify(payload)
  const timestamp = String(Math.floor(Date.now() / 1000))
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'heritage-watch-webhooks',
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signature(secret, timestamp, body),
        [DELIVERY_HEADER]: deliveryId,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    })
    await response.body?.cancel()
    return {
      ok: response.status >= 200 && response.status < 300,
      httpStatus: response.status,
      error: response.ok ? null : `HTTP ${response.status}`,
    }
  } catch (error) {
    return { ok: false, httpStatus: null, error: (error as Error).message.slice(0, 500) }
  }
}
