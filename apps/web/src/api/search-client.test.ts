import type { SearchResponse } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error.ts'
import { searchFeatures } from './search-client.ts'

function createFetch(body: unknown) {
  const urls: string[] = []
  const fetch = async (input: RequestInfo | URL) => {
    urls.push(String(input))
    return new Response(JSON.stringify(body), { status: 200 })
  }
  return { fetch: fetch as typeof globalThis.fetch, urls }
}

describe('searchFeatures', () => {
  it('asks /search with the query and the limit and parses the answer', async () => {
    const answer: SearchResponse = {
      query: 'Lewarde',
      results: [
        {
          type: 'feature',
          collection: 'bien-inscrit-batis',
          id: '23',
          label: 'Fosse Delloye',
          detail: 'Bâti — Lewarde',
          matchedOn: 'commune',
          roles: [{ collection: 'bien-inscrit-batis', id: '23' }],
          bbox: [3.16, 50.33, 3.17, 50.34],
        },
      ],
      total: 1,
      offset: 0,
      nextOffset: null,
      addressService: 'unavailable',
    }
    const { fetch, urls } = createFetch(answer)
    await expect(
      searchFeatures('Lewarde', { apiBaseUrl: '', fetch }, { limit: 10, offset: 0 }),
    ).resolves.toEqual(answer)
    expect(urls).toEqual(['/search?q=Lewarde&limit=10'])
  })

  it('refuses an answer that breaks the contract', async () => {
    const { fetch } = createFetch({ query: 'x', results: [{ id: 1 }] })
    await expect(
      searchFeatures('x', { apiBaseUrl: '', fetch }, { limit: 10, offset: 0 }),
    ).rejects.toBeInstanceOf(ApiError)
  })
})
