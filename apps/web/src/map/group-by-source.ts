import type { LayerSpecification } from 'maplibre-gl'

// MapLibre redraws its tile clipping masks (two stencil passes over every tile) each time the drawn
// layer's source differs from the previous clipped layer's, and it does so before checking the layer's
// zoom range or visibility (maplibre-gl 5.24 painter.ts render → _renderTileClippingMasks). With
// software WebGL that was most of a frame's cost (docs/architecture.md §31). Two layers whose zoom ranges
// never overlap are never drawn at the same zoom, so their relative order cannot change a pixel: such
// layers may be moved so that layers of one source follow each other.

const sourceOf = (layer: LayerSpecification) => ('source' in layer ? layer.source : undefined)

/** MapLibre hides a layer below its minzoom and from its maxzoom on: [minzoom, maxzoom). */
function zoomsOverlap(a: LayerSpecification, b: LayerSpecification): boolean {
  return (a.minzoom ?? 0) < (b.maxzoom ?? Infinity) && (b.minzoom ?? 0) < (a.maxzoom ?? Infinity)
}

/**
 * The layers reordered so that layers of the same source are adjacent where that changes no drawing:
 * a layer never moves past another it can be drawn together with (their zoom ranges overlap), so at
 * every zoom the layers drawn keep their order. Among the layers free to come next, one of the last
 * placed layer's source is taken first, else the earliest.
 */
export function groupLayersBySource(layers: readonly LayerSpecification[]): LayerSpecification[] {
  const placed = new Set<number>()
  const result: LayerSpecification[] = []
  // A layer may come next when every earlier layer it overlaps is already placed.
  const free = (index: number) =>
    !placed.has(index) &&
    layers.every(
      (other, before) => before >= index || placed.has(before) || !zoomsOverlap(other, layers[index]!),
    )
  while (result.length < layers.length) {
    const last = result.length > 0 ? sourceOf(result[result.length - 1]!) : undefined
    let next = -1
    for (let index = 0; index < layers.length; index += 1) {
      if (!free(index)) continue
      if (next === -1) next = index
      if (last !== undefined && sourceOf(layers[index]!) === last) {
        next = index
        break
      }
    }
    placed.add(next)
    result.push(layers[next]!)
  }
  return result
}
