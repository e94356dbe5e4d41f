import type { Feature, FeatureContext } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error.ts'
import { fetchFeature, fetchFeatureContext, fetchFeatureCount } from './features-client.ts'

function createFetch(body: unknown, status = 200) {
  const urls: string[] = []
  const fetch = async (input: RequestInfo | URL) => {
    urls.push(String(input))
    return new Response(JSON.stringify(body), { status })
  }
  return { fetch: fetch as typeof globalThis.fetch, urls }
}

const feature: Feature = {
  type: 'Feature',
  id: '74A',
  geometry: { type: 'Point', coordinates: [2.79, 50.41] },
  properties: { nom: 'Abattoir', communes: ['Liévin'], classe_mh: false, surface_ha: null },
}

describe('fetchFeature', () => {
  it('asks for the item and returns it parsed', async () => {
    const { fetch, urls } = createFetch(feature)
    await expect(
      fetchFeature({ collection: 'terrils', id: '74A' }, { apiBaseUrl: '', fetch }),
    ).resolves.toEqual(feature)
    expect(urls).toEqual(['/collections/terrils/items/74A'])
  })
})

describe('fetchFeatureContext', () => {
  it('parses the context', async () => {
    const context: FeatureContext = {
      collection: 'terrils',
      id: '74A',
      protections: [{ regime: 'site_classe_2016', status: 'classé' }],
      related: [
        { relation: 'commune', collection: 'communes', id: '62510', label: 'Liévin', distanceM: null },
      ],
    }
    const { fetch, urls } = createFetch(context)
    await expect(
      fetchFeatureContext({ collection: 'terrils', id: '74A' }, { apiBaseUrl: '', fetch }),
    ).resolves.toEqual(context)
    expect(urls).toEqual(['/collections/terrils/items/74A/context'])
  })

  it('reports a missing endpoint as an HTTP error', async () => {
    const { fetch } = createFetch({ title: 'Not Found' }, 404)
    const error = await fetchFeatureContext(
      { collection: 'terrils', id: '74A' },
      { apiBaseUrl: '', fetch },
    ).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(404)
  })
})

describe('fetchFeatureCount', () => {
  it('reads numberMatched of a one-feature page', async () => {
    const { fetch, urls } = createFetch({
      type: 'FeatureCollection',
      features: [],
      numberMatched: 17,
      numberReturned: 0,
      timeStamp: '2026-04-21T00:00:00Z',
      links: [],
    })
    await expect(
      fetchFeatureCount('bien-inscrit-batis', { typologie: 'Fosse' }, { apiBaseUrl: '', fetch }),
    ).resolves.toBe(17)
    expect(urls).toEqual(['/collections/bien-inscrit-batis/items?typologie=Fosse&limit=1'])
  })
})
