import type { Collections } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error.ts'
import { fetchCollections } from './collections-client.ts'

function createCollections(): Collections {
  return {
    links: [{ href: '/collections', rel: 'self', type: 'application/json' }],
    collections: [
      {
        id: 'zone-tampon',
        title: 'Zone tampon',
        description: 'Les 15 polygones de la zone tampon du bien.',
        titleEn: 'Buffer zone',
        descriptionEn: 'The 15 polygons of the buffer zone.',
        group: 'zone-tampon',
        attribution: 'Données : Mission Bassin Minier',
        links: [],
        itemType: 'feature',
        crs: ['http://www.opengis.net/def/crs/OGC/1.3/CRS84'],
        storageCrs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84',
        numberOfFeatures: 15,
      },
    ],
  }
}

function createFetch(answer: () => Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init })
    return answer()
  }
  return { fetch: fetch as typeof globalThis.fetch, calls }
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

describe('fetchCollections', () => {
  it('asks /collections for JSON and returns the parsed answer', async () => {
    const { fetch, calls } = createFetch(async () => json(createCollections()))
    await expect(fetchCollections({ apiBaseUrl: '', fetch })).resolves.toEqual(createCollections())
    expect(calls).toHaveLength(1)
    expect(calls[0]?.url).toBe('/collections')
    expect(new Headers(calls[0]?.init?.headers).get('Accept')).toBe('application/json')
  })

  it('prefixes the base URL', async () => {
    const { fetch, calls } = createFetch(async () => json(createCollections()))
    await fetchCollections({ apiBaseUrl: 'https://api.example.org', fetch })
    expect(calls[0]?.url).toBe('https://api.example.org/collections')
  })

  it('reports a network failure', async () => {
    const { fetch } = createFetch(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect((await rejection(fetchCollections({ apiBaseUrl: '', fetch }))).reason).toBe('network')
  })

  it('reports an HTTP error status', async () => {
    const { fetch } = createFetch(async () => json({ title: 'Bad Gateway' }, 502))
    const error = await rejection(fetchCollections({ apiBaseUrl: '', fetch }))
    expect([error.reason, error.status]).toEqual(['http', 502])
  })

  it('reports an answer that is not JSON', async () => {
    const { fetch } = createFetch(async () => new Response('<!doctype html>', { status: 200 }))
    expect((await rejection(fetchCollections({ apiBaseUrl: '', fetch }))).reason).toBe('contract')
  })

  it('reports an answer that breaks the shared schema', async () => {
    const broken = createCollections()
    const { fetch } = createFetch(async () =>
      json({ ...broken, collections: [{ ...broken.collections[0], numberOfFeatures: -1 }] }),
    )
    const error = await rejection(fetchCollections({ apiBaseUrl: '', fetch }))
    expect(error.reason).toBe('contract')
    expect(error.message).toContain('collections.0.numberOfFeatures')
  })
})
