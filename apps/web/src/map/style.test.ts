import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { DEFAULT_VISIBLE_LAYER_IDS, MAP_LAYERS } from './layers/registry.ts'
import { ALERT_BADGE_LAYER_ID } from './layers/alert-badge-layers.ts'
import { buildStyle, type StyleOptions } from './style.ts'

const options = (overrides: Partial<StyleOptions> = {}): StyleOptions => ({
  apiBaseUrl: '',
  origin: 'http://127.0.0.1:3000',
  visibleLayers: new Set(DEFAULT_VISIBLE_LAYER_IDS),
  ...overrides,
})

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(buildStyle(options()))).toEqual([])
  })

  it('needs no glyphs or sprite server', () => {
    const style = buildStyle(options())
    expect(style.glyphs).toBeUndefined()
    expect(style.sprite).toBeUndefined()
  })

  it('points each collection at its absolute tile URL, with the zoom range of TILE_LAYERS', () => {
    const style = buildStyle(options())
    expect(style.sources.terrils).toMatchObject({
      type: 'vector',
      tiles: ['http://127.0.0.1:3000/tiles/terrils/{z}/{x}/{y}'],
      minzoom: 0,
      maxzoom: 16,
    })
    expect(style.sources['puits-de-mines']).toMatchObject({ minzoom: 10 })
    expect(style.sources['communes-noms']).toMatchObject({
      type: 'vector',
      tiles: ['http://127.0.0.1:3000/tiles/communes/{z}/{x}/{y}'],
      maxzoom: 6,
    })
    for (const layer of style.layers)
      if ('source' in layer) expect(style.sources).toHaveProperty([layer.source])
  })

  it('puts text and icons above every other layer, and only the alert badges above them', () => {
    const layers = buildStyle(options()).layers
    const badges = layers.findIndex((layer) => layer.id === ALERT_BADGE_LAYER_ID)
    expect(badges).toBe(layers.length - 1)
    const types = layers.slice(0, badges).map((layer) => layer.type)
    const firstSymbol = types.indexOf('symbol')
    expect(firstSymbol).toBeGreaterThan(0)
    expect(types.slice(firstSymbol).every((type) => type === 'symbol')).toBe(true)
  })

  it('shows the visible layers and hides the others', () => {
    const style = buildStyle(options({ visibleLayers: new Set(['puits']) }))
    const visibility = (id: string) => style.layers.find((layer) => layer.id === id)?.layout?.visibility
    const shaft = MAP_LAYERS.find((layer) => layer.id === 'puits')?.styleLayers[0]?.id ?? ''
    const buffer = MAP_LAYERS.find((layer) => layer.id === 'zone-tampon')?.styleLayers[0]?.id ?? ''
    expect(visibility(shaft)).toBe('visible')
    expect(visibility(buffer)).toBe('none')
  })
})
