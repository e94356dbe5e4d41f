import { describe, expect, it } from 'vitest'
import { ConfigError, DEFAULT_GEOCODER_URL, loadConfig } from './config.ts'

describe('loadConfig', () => {
  it('has defaults for everything, so that npm start needs no configuration', () => {
    const config = loadConfig({})
    expect(config.PORT).toBe(3000)
    expect(config.DATABASE_URL).toBeUndefined()
    expect(config.PGLITE_DATA_DIR).toMatch(/\.data\/pglite$/)
  })

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url' })).toThrow(ConfigError)
    const message = (() => {
      try {
        loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url' })
      } catch (error) {
        return (error as Error).message
      }
    })()
    expect(message).toMatch(/^\s+PORT: /m)
    expect(message).toMatch(/^\s+DATABASE_URL: /m)
  })

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
  })

  it('asks the Géoplateforme address service within 1.5 s unless told otherwise, or none when off', () => {
    const config = loadConfig({})
    expect(config.GEOCODER_URL).toBe(DEFAULT_GEOCODER_URL)
    expect(config.GEOCODER_TIMEOUT_MS).toBe(1500)
    expect(loadConfig({ GEOCODER_URL: 'off' }).GEOCODER_URL).toBe('off')
    expect(loadConfig({ GEOCODER_URL: 'http://127.0.0.1:8088/geocodage' }).GEOCODER_URL).toBe(
      'http://127.0.0.1:8088/geocodage',
    )
    expect(() => loadConfig({ GEOCODER_URL: 'nowhere' })).toThrow(/GEOCODER_URL/)
    expect(() => loadConfig({ GEOCODER_TIMEOUT_MS: '0' })).toThrow(/GEOCODER_TIMEOUT_MS/)
  })

  it('reads the basemap settings: off, another URL, historical layers as label=layer pairs', () => {
    const config = loadConfig({
      BASEMAP_OSM_URL: 'off',
      BASEMAP_PLAN_IGN_URL: 'http://127.0.0.1:8080/{z}/{x}/{y}.png',
      BASEMAP_HISTORICAL_LAYERS: '1949-1955=g2f:ortho_1950, 2015=g2f:ortho_2015',
    })
    expect(config.BASEMAP_OSM_URL).toBeNull()
    expect(config.BASEMAP_PLAN_IGN_URL).toBe('http://127.0.0.1:8080/{z}/{x}/{y}.png')
    expect(config.BASEMAP_ORTHO_IGN_URL).toMatch(/^https:\/\/data\.geopf\.fr\/wmts\?/)
    expect(config.BASEMAP_HISTORICAL_LAYERS).toEqual([
      { label: '1949-1955', layer: 'g2f:ortho_1950' },
      { label: '2015', layer: 'g2f:ortho_2015' },
    ])
    expect(loadConfig({}).BASEMAP_HISTORICAL_LAYERS).toEqual([])
  })

  it('refuses a malformed historical layer list', () => {
    expect(() => loadConfig({ BASEMAP_HISTORICAL_LAYERS: '1950' })).toThrow(/BASEMAP_HISTORICAL_LAYERS/)
  })
})
