import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'

/** A decoded MVT feature: its tags, its type (1 point, 2 line, 3 polygon) and its tile-unit geometry. */
export interface DecodedFeature {
  properties: Record<string, string | number | boolean>
  type: number
  rings: { x: number; y: number }[][]
}

/**
 * Decodes one layer of a Mapbox Vector Tile with @mapbox/vector-tile, as MapLibre would read it.
 * @returns the layer's features, or undefined when the tile has no such layer
 */
export function decodeLayer(tile: Uint8Array, layerName: string): DecodedFeature[] | undefined {
  const layer = new VectorTile(new PbfReader(tile)).layers[layerName]
  if (!layer) return undefined
  return Array.from({ length: layer.length }, (_, index) => {
    const feature = layer.feature(index)
    return { properties: feature.properties, type: feature.type, rings: feature.loadGeometry() }
  })
}

/** The ids (the `id` tag) of a decoded layer, sorted. */
export function featureIds(tile: Uint8Array, layerName: string): string[] {
  return (decodeLayer(tile, layerName) ?? []).map((feature) => String(feature.properties.id)).sort()
}

/**
 * The slippy-map tile (XYZ, as OSM and MapLibre number them) holding a CRS84 point.
 * @example slippyTile(3.1722, 50.3319, 14) // { z: 14, x: 8336, y: 5532 }
 */
export function slippyTile(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
  const tiles = 2 ** z
  const latitude = (lat * Math.PI) / 180
  return {
    z,
    x: Math.floor(((lon + 180) / 360) * tiles),
    y: Math.floor(((1 - Math.log(Math.tan(latitude) + 1 / Math.cos(latitude)) / Math.PI) / 2) * tiles),
  }
}
