import { describe, expect, it } from 'vitest'
import { HEAVY_ITEMS_LIMIT, routeClassOf } from './route-class.ts'

const items = '/collections/:collectionId/items'
const classOf = (path: string, query: Record<string, unknown> = {}, routeUrl = path) =>
  routeClassOf({ routeUrl, path, query })

describe('routeClassOf', () => {
  it('counts an items page as heavy only past the limit, or as an export', () => {
    expect(classOf('/collections/terrils/items', {}, items)).toBe('light')
    expect(classOf('/collections/terrils/items', { limit: String(HEAVY_ITEMS_LIMIT) }, items)).toBe('light')
    expect(classOf('/collections/terrils/items', { limit: String(HEAVY_ITEMS_LIMIT + 1) }, items)).toBe(
      'heavy',
    )
    expect(classOf('/collections/terrils/items', { limit: 10_000 }, items)).toBe('heavy')
    expect(classOf('/collections/terrils/items', { f: 'csv' }, items)).toBe('heavy')
    expect(classOf('/collections/terrils/items', { f: 'GPKG' }, items)).toBe('heavy')
    expect(classOf('/collections/terrils/items', { f: 'html' }, items)).toBe('light')
    expect(classOf('/collections/terrils/items', { limit: ['5000', '1'] }, items)).toBe('heavy')
  })

  it('keeps one feature, metadata and health light', () => {
    expect(classOf('/collections/terrils/items/74A', {}, `${items}/:featureId`)).toBe('light')
    expect(classOf('/collections')).toBe('light')
    expect(classOf('/healthz')).toBe('light')
    expect(classOf('/tiles/terrils/12/2075/1370', {}, '/tiles/:collectionId/:z/:x/:y')).toBe('light')
  })

  it('counts PDFs, indicators and exports as heavy', () => {
    expect(classOf('/sheets/terrils/74A.pdf', {}, '/sheets/:collectionId/:featureId.pdf')).toBe('heavy')
    expect(classOf('/sheets/terrils/74A', {}, '/sheets/:collectionId/:featureId')).toBe('light')
    expect(classOf('/indicators')).toBe('heavy')
    expect(classOf('/exports/geotrek/pois.geojson')).toBe('heavy')
    expect(classOf('/alerts', { f: 'csv' })).toBe('heavy')
    expect(classOf('/alerts/', { f: 'geojson' })).toBe('heavy')
    expect(classOf('/alerts', { f: 'json' })).toBe('light')
    expect(classOf('/alerts')).toBe('light')
  })

  it('leaves the live stream out of every limit', () => {
    expect(classOf('/alerts/stream')).toBe('unlimited')
  })
})
