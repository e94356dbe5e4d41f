import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error.ts'
import { requestJson } from './request-json.ts'

function createFetch(response: () => Response) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init })
    return response()
  }
  return { fetch: fetch as typeof globalThis.fetch, calls }
}

const passThrough = { safeParse: (input: unknown) => ({ success: true as const, data: input }) }
const problem = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } })

describe('requestJson', () => {
  it('loads a lazy schema only for a successful answer', async () => {
    let loads = 0
    const lazy = async () => {
      loads += 1
      return passThrough
    }
    const refused = createFetch(() => problem({ title: 'Unauthorized', status: 401 }, 401))
    await expect(
      requestJson({ method: 'GET', url: '/auth/me', schema: lazy }, { apiBaseUrl: '', fetch: refused.fetch }),
    ).rejects.toBeInstanceOf(ApiError)
    expect(loads).toBe(0)
    const ok = createFetch(() => new Response('{"user":1}'))
    const answer = await requestJson(
      { method: 'GET', url: '/auth/me', schema: lazy },
      { apiBaseUrl: '', fetch: ok.fetch },
    )
    expect(answer).toEqual({ user: 1 })
    expect(loads).toBe(1)
  })

  it('sends an Idempotency-Key with a write when given one, never with a read', async () => {
    const { fetch, calls } = createFetch(() => new Response('{"ok":true}'))
    const options = { apiBaseUrl: '', fetch, idempotencyKey: 'key-1' }
    await requestJson({ method: 'POST', url: '/alerts/1/comments', body: { body: 'x' } }, options)
    await requestJson({ method: 'GET', url: '/alerts/1' }, options)
    expect(new Headers(calls[0]!.init.headers).get('Idempotency-Key')).toBe('key-1')
    expect(new Headers(calls[1]!.init.headers).get('Idempotency-Key')).toBeNull()
  })

  it('sends the CSRF token with a write, as JSON', async () => {
    const { fetch, calls } = createFetch(() => new Response('{"ok":true}', { status: 201 }))
    const answer = await requestJson(
      { method: 'POST', url: '/auth/tokens', body: { name: 'QGIS' }, schema: passThrough },
      { apiBaseUrl: '', fetch, csrfToken: 'secret' },
    )
    expect(answer).toEqual({ ok: true })
    const headers = new Headers(calls[0]?.init.headers)
    expect(headers.get('X-CSRF-Token')).toBe('secret')
    expect(headers.get('Content-Type')).toBe('application/json')
    expect(calls[0]?.init.body).toBe('{"name":"QGIS"}')
  })

  it('does not send the token with a read, nor a content type with FormData', async () => {
    const { fetch, calls } = createFetch(() => new Response('{}'))
    await requestJson(
      { method: 'GET', url: '/auth/me', schema: passThrough },
      { apiBaseUrl: '', fetch, csrfToken: 'secret' },
    )
    expect(new Headers(calls[0]?.init.headers).has('X-CSRF-Token')).toBe(false)
    await requestJson({ method: 'POST', url: '/alerts', body: new FormData() }, { apiBaseUrl: '', fetch })
    expect(new Headers(calls[1]?.init.headers).has('Content-Type')).toBe(false)
  })

  it('throws the parsed problem and tells of a 401', async () => {
    const { fetch } = createFetch(() =>
      problem({ status: 401, title: 'Unauthorized', code: 'session_expired' }, 401),
    )
    const told: ApiError[] = []
    const error = await requestJson(
      { method: 'GET', url: '/alerts' },
      { apiBaseUrl: '', fetch, onUnauthorized: (failure) => told.push(failure) },
    ).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).problem?.code).toBe('session_expired')
    expect(told).toHaveLength(1)
  })

  it('returns nothing for an answer without a body', async () => {
    const { fetch } = createFetch(() => new Response(null, { status: 204 }))
    await expect(
      requestJson({ method: 'DELETE', url: '/auth/tokens/x' }, { apiBaseUrl: '', fetch }),
    ).resolves.toBeUndefined()
  })
})

describe('requestJson and a shed request', () => {
  it('keeps the Retry-After of a 503 on the ApiError', async () => {
    const { fetch } = createFetch(
      () =>
        new Response(JSON.stringify({ type: 'about:blank', title: 'Busy', status: 503, detail: 'busy' }), {
          status: 503,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '5' },
        }),
    )
    const failure = await requestJson(
      { method: 'GET', url: '/collections', schema: passThrough },
      { apiBaseUrl: '', fetch },
    ).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).status).toBe(503)
    expect((failure as ApiError).retryAfterSeconds).toBe(5)
  })

  it('has no Retry-After when the answer gives none', async () => {
    const { fetch } = createFetch(() => problem({ title: 'Oops', status: 500 }, 500))
    const failure = await requestJson(
      { method: 'GET', url: '/collections', schema: passThrough },
      { apiBaseUrl: '', fetch },
    ).catch((error: unknown) => error)
    expect((failure as ApiError).retryAfterSeconds).toBeUndefined()
  })
})
