import type { AlertCreateRequest } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { createAlert } from './alerts-client.ts'

const ALERT: AlertCreateRequest = {
  features: [{ collection: 'terrils', id: '74A' }],
  geometry: null,
  category: 'incendie',
  severity: 'high',
  title: 'Combustion',
  description: 'Fumées',
  observedOn: '2026-04-20',
}

function createFetch() {
  const calls: { url: string; init: RequestInit }[] = []
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init })
    // An answer that breaks the schema: these tests look at the request only.
    return new Response('{}', { status: 201 })
  }
  return { fetch: fetch as typeof globalThis.fetch, calls }
}

describe('createAlert', () => {
  it('sends JSON with the idempotency key and the CSRF token when there is no photo', async () => {
    const { fetch, calls } = createFetch()
    await createAlert(ALERT, [], 'key-1', { apiBaseUrl: '', fetch, csrfToken: 'csrf' }).catch(() => undefined)
    const headers = new Headers(calls[0]?.init.headers)
    expect([calls[0]?.url, calls[0]?.init.method]).toEqual(['/alerts', 'POST'])
    expect(headers.get('Idempotency-Key')).toBe('key-1')
    expect(headers.get('X-CSRF-Token')).toBe('csrf')
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(ALERT)
  })

  it('sends multipart with the alert as a JSON field and one photo part per photo', async () => {
    const { fetch, calls } = createFetch()
    const photos = [
      new File(['a'], 'a.png', { type: 'image/png' }),
      new File(['b'], 'b.jpg', { type: 'image/jpeg' }),
    ]
    await createAlert(ALERT, photos, 'key-2', { apiBaseUrl: '', fetch }).catch(() => undefined)
    const form = calls[0]?.init.body as FormData
    expect(JSON.parse(String(form.get('alert')))).toEqual(ALERT)
    expect(form.getAll('photo').map((photo) => (photo as File).name)).toEqual(['a.png', 'b.jpg'])
    expect(new Headers(calls[0]?.init.headers).get('Idempotency-Key')).toBe('key-2')
  })
})
