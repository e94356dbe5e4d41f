import { describe, expect, it } from 'vitest'
import { collectionItemsUrl, collectionsUrl } from './collection-urls.ts'

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

  it('asks for HTML with f=html', () => {
    expect(collectionItemsUrl('', 'zone-tampon', 'html')).toBe('/collections/zone-tampon/items?f=html')
  })

  it('escapes the collection id', () => {
    expect(collectionItemsUrl('', 'a b/c', 'geojson')).toBe('/collections/a%20b%2Fc/items?f=json')
  })
})
