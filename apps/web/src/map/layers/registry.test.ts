import { COLLECTIONS, TILE_LAYERS } from '@heritage-watch/shared'
import type { LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import {
  CENTRE_SOURCE_IDS,
  DATASET_SOURCE_ID,
  datasetSourceOf,
  LOW_ZOOM_SOURCES,
  lowZoomSourceOf,
  SOURCE_IDS,
  type SourceId,
  TILE_VIEWS,
  tileSourceOf,
} from '../ids.ts'
import { OVERVIEW_MAX_ZOOM } from './define-map-layer.ts'
import { highlightLayers } from './highlight-layers.ts'
import {
  DEFAULT_VISIBLE_LAYER_IDS,
  DRAW_ORDER,
  LEGEND_GROUPS,
  MAP_LAYER_IDS,
  MAP_LAYERS,
  mapLayerOfStyleLayer,
} from './registry.ts'

const styleLayers = MAP_LAYERS.flatMap((layer) => layer.styleLayers)
const vectorLayers = (layers: readonly LayerSpecification[]) =>
  layers.filter(
    (layer): layer is LayerSpecification & { source: string; 'source-layer'?: string } => 'source' in layer,
  )

/** Property names an expression reads with ['get', name]. */
function readProperties(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value[0] === 'get' && typeof value[1] === 'string') found.add(value[1])
    for (const item of value) readProperties(item, found)
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) readProperties(item, found)
  }
  return found
}

describe('the source ids', () => {
  it('are the collection ids, each defined once', () => {
    const ids = Object.values(SOURCE_IDS)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(COLLECTIONS.map((collection) => collection.id).sort())
  })

  it('give the tiles one source per zoom cap, and centre sources their own ids', () => {
    const lowZoom = Object.values(LOW_ZOOM_SOURCES)
    // One low-zoom source per maxzoom: collections capped at the same zoom share their tiles.
    expect(new Set(lowZoom.map((source) => source.id)).size).toBe(
      new Set(lowZoom.map((source) => source.maxzoom)).size,
    )
    const all = [
      ...Object.values(SOURCE_IDS),
      DATASET_SOURCE_ID,
      ...new Set(lowZoom.map((source) => source.id)),
      ...Object.values(CENTRE_SOURCE_IDS),
    ]
    expect(new Set(all).size).toBe(all.length)
  })
})

describe('the layer registry', () => {
  it('has unique layer ids and unique style layer ids, highlight included', () => {
    expect(new Set(MAP_LAYER_IDS).size).toBe(MAP_LAYER_IDS.length)
    const ids = [...styleLayers, ...highlightLayers()].map((layer) => layer.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('draws every layer once', () => {
    expect([...DRAW_ORDER].sort()).toEqual([...MAP_LAYER_IDS].sort())
  })

  it('reads each collection from the dataset tiles, by its MVT layer or the one it is a view of', () => {
    for (const layer of MAP_LAYERS) {
      expect(Object.values(SOURCE_IDS)).toContain(layer.source)
      const tileSource = tileSourceOf(layer.source)
      const lowZoomSource = lowZoomSourceOf(layer.source)?.id
      const centreSource = (CENTRE_SOURCE_IDS as Partial<Record<string, string>>)[layer.source]
      for (const style of vectorLayers(layer.styleLayers)) {
        expect([datasetSourceOf(tileSource), lowZoomSource, centreSource]).toContain(style.source)
        if (style.source === centreSource) expect(style['source-layer']).toBeUndefined()
        else
          expect(style['source-layer']).toBe(style.source === DATASET_SOURCE_ID ? tileSource : layer.source)
        expect(mapLayerOfStyleLayer(style.id)).toBe(layer)
      }
    }
    for (const style of vectorLayers(highlightLayers())) {
      const collection = style.id.split('/')[1] as SourceId
      expect(style.source).toBe(datasetSourceOf(tileSourceOf(collection)))
      expect(style['source-layer']).toBe(tileSourceOf(collection))
    }
  })

  it('draws a view collection from its parent tiles with the view filter', () => {
    const pits = MAP_LAYERS.find((layer) => layer.id === 'fosses-chevalements')
    expect(TILE_VIEWS[SOURCE_IDS.batis]).toMatchObject({ source: SOURCE_IDS.elements, value: 'bati' })
    for (const style of vectorLayers(pits?.styleLayers ?? [])) {
      expect(style).toMatchObject({ source: DATASET_SOURCE_ID, 'source-layer': SOURCE_IDS.elements })
      const filter = JSON.stringify('filter' in style ? style.filter : null)
      expect(filter).toContain('["==",["get","categorie"],"bati"]')
      expect(filter).toContain('Fosse')
    }
  })

  it('draws overview layers from the zoom-6 tiles below OVERVIEW_MAX_ZOOM and their own above, without a gap', () => {
    const overview = MAP_LAYERS.filter((layer) => layer.overview)
    expect(overview.map((layer) => layer.id)).toEqual(
      expect.arrayContaining(['departements', 'bassin-minier', 'epci', 'communes', 'zone-tampon']),
    )
    for (const layer of overview) {
      const low = vectorLayers(layer.styleLayers).filter((style) => style.id.endsWith('-apercu'))
      expect(low.length).toBeGreaterThan(0)
      for (const style of low) {
        expect(style.source).toBe(lowZoomSourceOf(layer.source)?.id)
        expect(style.maxzoom).toBe(OVERVIEW_MAX_ZOOM)
        const full = layer.styleLayers.find((other) => `${other.id}-apercu` === style.id)
        expect(full).toMatchObject({
          source: DATASET_SOURCE_ID,
          'source-layer': layer.source,
          minzoom: OVERVIEW_MAX_ZOOM,
        })
      }
    }
    // Small features would vanish from zoom-6 tiles (polygons under 16 square units are left out).
    for (const id of [
      'composantes',
      'fosses-chevalements',
      'autres-batis',
      'cites-bien',
      'terrils-classement',
    ])
      expect(MAP_LAYERS.find((layer) => layer.id === id)?.overview).toBeFalsy()
  })

  it('styles and filters only with properties the tiles carry', () => {
    for (const layer of MAP_LAYERS) {
      for (const style of vectorLayers(layer.styleLayers)) {
        const mvtLayer = style['source-layer'] ?? layer.source
        const carried = new Set(['id', ...(TILE_LAYERS[mvtLayer]?.properties ?? [])])
        for (const property of readProperties(style))
          expect(carried, `${style.id} reads ${property}`).toContain(property)
      }
    }
  })

  it('does not draw below the zoom the tiles start at', () => {
    for (const layer of MAP_LAYERS) {
      const tileMinzoom = TILE_LAYERS[layer.source]?.minzoom ?? 0
      for (const style of layer.styleLayers) expect(style.minzoom ?? 0).toBeGreaterThanOrEqual(tileMinzoom)
    }
  })

  it('puts every layer in a legend group, and no group is empty', () => {
    for (const layer of MAP_LAYERS) expect(LEGEND_GROUPS).toContain(layer.group)
    for (const group of LEGEND_GROUPS) expect(MAP_LAYERS.some((layer) => layer.group === group)).toBe(true)
  })

  it('has the default layers of issue #3', () => {
    const hidden = MAP_LAYER_IDS.filter((id) => !DEFAULT_VISIBLE_LAYER_IDS.includes(id))
    expect(hidden).toEqual(expect.arrayContaining(['puits', 'cavaliers-zt', 'parvis-zt', 'cites-erbm']))
    expect(DEFAULT_VISIBLE_LAYER_IDS).toEqual(
      expect.arrayContaining([
        'departements',
        'epci',
        'communes',
        'bassin-minier',
        'zone-tampon',
        'composantes',
        'fosses-chevalements',
        'autres-batis',
        'cites-bien',
        'terrils-classement',
        'sites-en-danger',
        'grands-sites',
      ]),
    )
  })

  it('draws terrils partly in the site classé apart from classé ones, never with the same solid fill', () => {
    const terrils = MAP_LAYERS.find((layer) => layer.id === 'terrils-classement')
    const fills = terrils?.styleLayers.filter((layer) => layer.type === 'fill') ?? []
    const partial = fills.filter((layer) =>
      JSON.stringify(layer.filter).includes('"==",["get","classement_2016"],"en partie"'),
    )
    const solid = fills.filter((layer) =>
      JSON.stringify(layer.filter).includes('"!=",["get","classement_2016"],"en partie"'),
    )
    expect(partial).toHaveLength(1)
    expect(solid).toHaveLength(1)
    expect(partial[0]?.paint).toHaveProperty('fill-pattern')
  })

  it('draws the whole classified chain in one colour: classé terrils and the polygons outside our layers', () => {
    const terrils = MAP_LAYERS.find((layer) => layer.id === 'terrils-classement')
    const outside = MAP_LAYERS.find((layer) => layer.id === 'terrils-classes-hors-couches')
    expect(outside).toMatchObject({
      group: 'terrils',
      defaultVisible: true,
      source: 'sites-classes-inscrits',
    })
    const solid = terrils?.styleLayers.find((layer) => layer.id === 'terrils-classement/fill')
    const colour = JSON.stringify(solid?.paint)
    const outsideFill = outside?.styleLayers.find((layer) => layer.type === 'fill')
    expect(colour).toContain(
      JSON.stringify(['classé', (outsideFill?.paint as Record<string, string>)['fill-color']]).slice(1, -1),
    )
    expect(JSON.stringify(outsideFill?.filter)).toContain('hors_couches_mission')
  })

  it('names the buffer zone first among the toggles that say "Zone tampon"', () => {
    // The browser tests pick the first checkbox whose label matches /Zone tampon/.
    expect(MAP_LAYERS.find((layer) => /Zone tampon/.test(layer.label.fr))?.id).toBe('zone-tampon')
  })

  it('labels every layer in French and English', () => {
    for (const layer of MAP_LAYERS) {
      expect(layer.label.fr).toMatch(/\S/)
      expect(layer.label.en).toMatch(/\S/)
    }
  })
})
