import { describe, expect, it } from 'vitest'
import { DEFAULT_BASEMAPS_CONFIG } from '../../config.ts'
import { basemapOrigins, contentSecurityPolicy, cspHeader } from './content-security-policy.ts'

describe('basemapOrigins', () => {
  it('gives each configured service’s origin once: the Géoplateforme and OpenStreetMap by default', () => {
    expect(basemapOrigins(DEFAULT_BASEMAPS_CONFIG)).toEqual([
      'https://data.geopf.fr',
      'https://tile.openstreetmap.org',
    ])
  })

  it('leaves out a basemap turned off, and the WMS until layers of it are configured', () => {
    const config = { ...DEFAULT_BASEMAPS_CONFIG, BASEMAP_OSM_URL: null }
    expect(basemapOrigins(config)).toEqual(['https://data.geopf.fr'])
    const withWms = { ...config, BASEMAP_HISTORICAL_LAYERS: [{ label: '1950', layer: 'ws:ortho1950' }] }
    expect(basemapOrigins(withWms)).toEqual(['https://data.geopf.fr', 'https://www.geo2france.fr'])
  })
})

describe('contentSecurityPolicy', () => {
  it('allows scripts from our origin only, and tile origins for images and fetches alone', () => {
    const header = cspHeader(contentSecurityPolicy(['https://tiles.example.test']))
    expect(header).toContain("script-src 'self';")
    expect(header).toContain("img-src 'self' data: blob: https://tiles.example.test;")
    expect(header).toContain("connect-src 'self' https://tiles.example.test;")
    expect(header).toContain("worker-src 'self' blob:;")
    expect(header).toMatch(/frame-ancestors 'none'$/)
    expect(header).not.toMatch(/unsafe-eval/)
  })
})
