import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec'
import { describe, expect, it } from 'vitest'
import { DEFAULT_VISIBLE_LAYER_IDS, MAP_LAYERS } from './layers/registry.ts'
import { ALERT_BADGE_LAYER_ID } from './layers/alert-badge-layers.ts'
import { DATASET_SOURCE_ID } from './ids.ts'
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

  it('reads every collection from dataset tiles: one source, the icons’ own, and one per low zoom cap', () => {
    const style = buildStyle(options())
    const vector = Object.entries(style.sources).filter(([, source]) => source.type === 'vector')
    expect(vector.map(([id]) => id).sort()).toEqual([
      DATASET_SOURCE_ID,
      'donnees-grands-sites',
      'donnees-z10',
      'donnees-z12',
      'donnees-z6',
    ])
    const dataset = style.sources[DATASET_SOURCE_ID] as { tiles: string[]; minzoom: number; maxzoom: number }
    expect(dataset).toMatchObject({ type: 'vector', minzoom: 0, maxzoom: 16 })
    const [template] = dataset.tiles
    expect(template).toMatch(
      /^http:\/\/127\.0\.0\.1:3000\/tiles\/WebMercatorQuad\/\{z\}\/\{y\}\/\{x\}\?collections=/,
    )
    // Every collection a layer or a highlight reads, hidden ones too: a toggle then loads no tile.
    const carried = new URL(template ?? '').searchParams.get('collections')?.split(',') ?? []
    expect(carried).toEqual([...carried].sort())
    expect(carried).toEqual(expect.arrayContaining(['terrils', 'puits-de-mines', 'bien-inscrit-elements']))
    // The element views are drawn from their parent's tiles: never a duplicate layer.
    expect(carried).not.toContain('bien-inscrit-batis')
    // The stars' images get an atlas of their own (ids.ts).
    expect(carried).not.toContain('grands-sites')
    expect(style.sources['donnees-z6']).toMatchObject({ maxzoom: 6 })
    expect(
      new URL((style.sources['donnees-z6'] as { tiles: string[] }).tiles[0] ?? '').searchParams.get(
        'collections',
      ),
    ).toBe('bassin-minier,communes,departements,epci,zone-tampon')
    for (const layer of style.layers) {
      if (!('source' in layer)) continue
      expect(style.sources).toHaveProperty([layer.source])
      if (style.sources[layer.source]?.type !== 'vector') continue
      const url = new URL((style.sources[layer.source] as { tiles: string[] }).tiles[0] ?? '')
      expect(url.searchParams.get('collections')?.split(',')).toContain(layer['source-layer'])
    }
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
