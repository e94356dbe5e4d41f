import { describe, expect, it } from 'vitest'
import {
  datasetTileUrlTemplate,
  collectionItemsUrl,
  collectionsUrl,
  featureContextUrl,
  featureUrl,
  reverseGeocodeUrl,
  searchUrl,
} from './api-urls.ts'

describe('collectionsUrl', () => {
  it('is relative to the same origin when the base URL is empty', () => {
    expect(collectionsUrl('')).toBe('/collections')
  })

  it('is prefixed by the base URL', () => {
    expect(collectionsUrl('https://api.example.org/v1')).toBe('https://api.example.org/v1/collections')
  })
})

describe('collectionItemsUrl', () => {
  it('asks for GeoJSON with f=json', () => {
    expect(collectionItemsUrl('', 'zone-tampon', 'geojson')).toBe('/collections/zone-tampon/items?f=json')
  })

  it('adds query parameters and escapes the collection id', () => {
    expect(collectionItemsUrl('', 'a b/c', undefined, { typologie: 'Fosse', limit: '1' })).toBe(
      '/collections/a%20b%2Fc/items?typologie=Fosse&limit=1',
    )
  })
})

describe('featureUrl and featureContextUrl', () => {
  it('build the item and context paths', () => {
    expect(featureUrl('', 'terrils', '74A', 'geojson')).toBe('/collections/terrils/items/74A?f=json')
    expect(featureContextUrl('/api', 'terrils', '74A')).toBe('/api/collections/terrils/items/74A/context')
  })

  it('escapes the feature id', () => {
    expect(featureUrl('', 'x', 'a/b')).toBe('/collections/x/items/a%2Fb')
  })
})

describe('searchUrl', () => {
  it('encodes the query', () => {
    expect(searchUrl('', 'Lens & Liévin', 10)).toBe('/search?q=Lens+%26+Li%C3%A9vin&limit=10')
  })

  it('adds the offset of a later page only', () => {
    expect(searchUrl('', 'cité', 50, 0)).toBe('/search?q=cit%C3%A9&limit=50')
    expect(searchUrl('/api', 'cité', 50, 100)).toBe('/api/search?q=cit%C3%A9&limit=50&offset=100')
  })
})

describe('reverseGeocodeUrl', () => {
  it('asks for a position, longitude first', () => {
    expect(reverseGeocodeUrl('', [2.7834, 50.4603])).toBe('/geocode/reverse?lon=2.7834&lat=50.4603')
  })
})

describe('datasetTileUrlTemplate', () => {
  it('is absolute on the page origin, with its placeholders intact and the collections in the query', () => {
    expect(datasetTileUrlTemplate('', ['communes', 'terrils'], 'http://127.0.0.1:3000')).toBe(
      'http://127.0.0.1:3000/tiles/WebMercatorQuad/{z}/{y}/{x}?collections=communes,terrils',
    )
  })

  it('keeps an absolute API base URL', () => {
    expect(datasetTileUrlTemplate('https://api.example.org/v1', ['communes'], 'http://localhost:5173')).toBe(
      'https://api.example.org/v1/tiles/WebMercatorQuad/{z}/{y}/{x}?collections=communes',
    )
  })
})
