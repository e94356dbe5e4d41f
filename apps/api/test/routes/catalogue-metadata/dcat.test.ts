import { COLLECTIONS, DcatCatalogSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()

async function catalog() {
  const response = await server.app.inject({ url: '/catalog.jsonld' })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toMatch(/^application\/ld\+json/)
  return DcatCatalogSchema.parse(response.json())
}

describe('GET /catalog.jsonld (DCAT-AP)', () => {
  it('is linked from the landing page', async () => {
    const landing = (await server.app.inject({ url: '/' })).json() as {
      links: { href: string; type?: string }[]
    }
    const link = landing.links.find((item) => item.type === 'application/ld+json')
    expect(link?.href).toMatch(/\/catalog\.jsonld$/)
  })

  it('has the catalogue’s mandatory DCAT-AP properties: title, description, publisher, datasets', async () => {
    const body = await catalog()
    expect(body['@type']).toBe('dcat:Catalog')
    expect(body['@context'].dcat).toBe('http://www.w3.org/ns/dcat#')
    expect(body['@context'].dct).toBe('http://purl.org/dc/terms/')
    expect(body['dct:title'].map((title) => title['@language'])).toEqual(['fr', 'en'])
    expect(body['dct:publisher']['foaf:name']).toBe('Mission Bassin Minier Nord-Pas-de-Calais')
    expect(body['dct:license']['@id']).toBe('https://www.etalab.gouv.fr/licence-ouverte-open-licence/')
  })

  it('describes every collection once, with its theme, extent, provenance and licence', async () => {
    const body = await catalog()
    expect(body['dcat:dataset'].map((dataset) => dataset['dct:identifier'])).toEqual(
      COLLECTIONS.map((collection) => collection.id),
    )
    const terrils = body['dcat:dataset'].find((dataset) => dataset['dct:identifier'] === 'terrils')
    expect(terrils?.['@id']).toMatch(/\/collections\/terrils$/)
    expect(terrils?.['dcat:theme']).toEqual([{ '@id': 'http://inspire.ec.europa.eu/theme/ps' }])
    expect(terrils?.['dct:spatial']?.['dcat:bbox']['@value']).toMatch(/^POLYGON\(\(\d/)
    expect(terrils?.['dct:provenance']['rdfs:label']['@value']).toContain('data/raw/terrils.geojson')
    expect(terrils?.['foaf:page']['@id']).toMatch(/\/collections\/terrils\/metadata$/)
  })

  it('offers each dataset’s distributions: the OGC API, the GeoJSON items and the downloads', async () => {
    const body = await catalog()
    const epci = body['dcat:dataset'].find((dataset) => dataset['dct:identifier'] === 'epci')
    const distributions = epci?.['dcat:distribution'] ?? []
    for (const distribution of distributions) {
      expect(distribution['dcat:accessURL']['@id']).toMatch(/^http/)
      expect(distribution['dct:license']['@id']).toBe(
        'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      )
    }
    const downloads = distributions.flatMap((distribution) => distribution['dcat:downloadURL']?.['@id'] ?? [])
    expect(downloads.map((url) => new URL(url).search)).toEqual([
      '?f=json&limit=10000',
      '?f=csv&limit=10000',
      '?f=gpkg&limit=10000',
    ])
    // The GeoJSON download is the whole layer in one answer.
    const geojson = new URL(downloads[0] ?? '')
    const whole = await server.app.inject({ url: `${geojson.pathname}${geojson.search}` })
    expect(whole.statusCode).toBe(200)
    expect(whole.json().numberReturned).toBe(whole.json().numberMatched)
  })
})
