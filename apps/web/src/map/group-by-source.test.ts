import type { LayerSpecification } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { groupLayersBySource } from './group-by-source.ts'
import { layersInDrawOrder } from './layers/registry.ts'

const line = (id: string, source: string, minzoom?: number, maxzoom?: number): LayerSpecification => ({
  id,
  type: 'line',
  source,
  ...(minzoom === undefined ? {} : { minzoom }),
  ...(maxzoom === undefined ? {} : { maxzoom }),
})

/** The ids MapLibre draws at a zoom, in order: [minzoom, maxzoom). */
const drawnAt = (layers: readonly LayerSpecification[], zoom: number) =>
  layers
    .filter((layer) => zoom >= (layer.minzoom ?? 0) && zoom < (layer.maxzoom ?? 24))
    .map((layer) => layer.id)

/** How many times the source changes from one layer to the next. */
const switches = (layers: readonly LayerSpecification[]) =>
  layers.filter(
    (layer, index) =>
      index > 0 && 'source' in layer && layer.source !== (layers[index - 1] as { source?: string }).source,
  ).length

const registryLayers = layersInDrawOrder()
  .flatMap((layer) => layer.styleLayers)
  .filter((layer) => layer.type !== 'symbol')

describe('groupLayersBySource', () => {
  it('keeps the order of the layers drawn at every zoom', () => {
    const grouped = groupLayersBySource(registryLayers)
    expect(grouped).toHaveLength(registryLayers.length)
    for (let zoom = 0; zoom <= 22; zoom += 0.25)
      expect(drawnAt(grouped, zoom)).toEqual(drawnAt(registryLayers, zoom))
  })

  it('draws the registry from two runs of sources: the zoom-6 tiles, then the dataset tiles', () => {
    const grouped = groupLayersBySource(registryLayers)
    const vector = grouped.filter((layer) => layer.type === 'fill' || layer.type === 'line')
    expect(switches(registryLayers)).toBeGreaterThan(5)
    expect(switches(vector)).toBe(1)
  })

  it('moves a layer past another only when their zooms never overlap', () => {
    const low = line('a-low', 'z6', 0, 9)
    const high = line('a-high', 'all', 9)
    const lowB = line('b-low', 'z6', 0, 9)
    const highB = line('b-high', 'all', 9)
    expect(groupLayersBySource([low, high, lowB, highB]).map((layer) => layer.id)).toEqual([
      'a-low',
      'b-low',
      'a-high',
      'b-high',
    ])
    // Both drawn between zoom 8 and 10: the order stays, whatever the sources.
    const overlapping = [line('x', 's1', 0, 10), line('y', 's2', 8), line('z', 's1', 0, 10)]
    expect(groupLayersBySource(overlapping).map((layer) => layer.id)).toEqual(['x', 'y', 'z'])
  })
})
