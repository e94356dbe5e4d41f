import { describe, expect, it } from 'vitest'
import { attachmentName, exportUrl, layerExportTarget } from './export-request.ts'

describe('exportUrl', () => {
  it('asks for CSV in Lambert-93 in the map view, keeping the layer’s filter', () => {
    const url = exportUrl(
      '',
      'terrils',
      { hors_couches_mission: 'true' },
      { format: 'csv', crs: 'lambert93', csvStyle: 'fr', bbox: [2.81234567, 50.41, 2.9, 50.5] },
    )
    const parsed = new URL(url, 'http://host')
    expect(parsed.pathname).toBe('/collections/terrils/items')
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      hors_couches_mission: 'true',
      f: 'csv',
      crs: 'EPSG:2154',
      bbox: '2.812345,50.41,2.9,50.5',
    })
  })

  it('gives GeoJSON a page as large as the API allows, and the international CSV its option', () => {
    expect(
      exportUrl('https://api.example', 'communes', {}, { format: 'geojson', crs: 'wgs84', csvStyle: 'fr' }),
    ).toBe('https://api.example/collections/communes/items?f=json&limit=10000')
    expect(exportUrl('', 'epci', {}, { format: 'csv', crs: 'wgs84', csvStyle: 'international' })).toBe(
      '/collections/epci/items?f=csv&csv=international',
    )
  })

  it('clamps a view wider than the world', () => {
    const url = exportUrl(
      '',
      'epci',
      {},
      { format: 'gpkg', crs: 'wgs84', csvStyle: 'fr', bbox: [-200, -95, 200, 95] },
    )
    expect(new URL(url, 'http://host').searchParams.get('bbox')).toBe('-180,-90,180,90')
  })
})

describe('layerExportTarget', () => {
  it('keeps a one-value subset of a filterable property, else says the file holds the whole collection', () => {
    expect(layerExportTarget({ source: 'puits-de-mines' })).toEqual({
      collectionId: 'puits-de-mines',
      filters: {},
      exact: true,
    })
    expect(
      layerExportTarget({ source: 'bien-inscrit-elements', subset: { property: 'nope', values: ['a', 'b'] } })
        .exact,
    ).toBe(false)
  })
})

describe('attachmentName', () => {
  it('reads the file name of Content-Disposition', () => {
    expect(attachmentName('attachment; filename="terrils.gpkg"', 'x')).toBe('terrils.gpkg')
    expect(attachmentName(null, 'terrils.geojson')).toBe('terrils.geojson')
  })
})
