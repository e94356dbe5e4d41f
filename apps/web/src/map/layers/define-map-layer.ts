import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { CENTRE_SOURCE_IDS, labelSourceOf, styleLayerId } from '../ids.ts'
import type { LayerSubset, MapLayerDefinition, MapLayerInput, StylePart } from './types.ts'

/** The filter expression of a subset, e.g. typologie in [Fosse, Chevalement]. */
export function subsetFilter(subset: LayerSubset): ExpressionSpecification {
  const within: ExpressionSpecification = [
    'in',
    ['to-string', ['get', subset.property]],
    ['literal', [...subset.values]],
  ]
  return subset.exclude ? ['!', within] : within
}

function combine(...filters: (ExpressionSpecification | undefined)[]): ExpressionSpecification | undefined {
  const present = filters.filter((filter): filter is ExpressionSpecification => filter !== undefined)
  if (present.length <= 1) return present[0]
  return ['all', ...present]
}

function toStyleLayer(input: MapLayerInput, part: StylePart): LayerSpecification {
  const {
    part: name,
    backdrop: _backdrop,
    fromLabelSource,
    fromCentreSource,
    filter,
    minzoom,
    ...specification
  } = part
  const labelSource = labelSourceOf(input.source)?.id
  const centreSource = (CENTRE_SOURCE_IDS as Partial<Record<string, string>>)[input.source]
  if (fromLabelSource && !labelSource)
    throw new Error(`${input.id}/${name}: ${input.source} has no label source`)
  if (fromCentreSource && !centreSource)
    throw new Error(`${input.id}/${name}: ${input.source} has no centre source`)
  const layerMinzoom = Math.max(input.minzoom ?? 0, minzoom ?? 0)
  const combined = combine(input.subset && subsetFilter(input.subset), filter)
  return {
    ...specification,
    id: styleLayerId(input.id, name),
    // A GeoJSON centre source has no MVT layer; the vector sources name theirs after the collection.
    ...(fromCentreSource && centreSource
      ? { source: centreSource }
      : {
          source: fromLabelSource && labelSource ? labelSource : input.source,
          'source-layer': input.source,
        }),
    ...(layerMinzoom > 0 ? { minzoom: layerMinzoom } : {}),
    ...(combined ? { filter: combined } : {}),
  } as LayerSpecification
}

/**
 * Turns a layer file's declaration into a registry entry: each part becomes a style layer with its id
 * (`<layer>/<part>`), the collection's source and MVT layer, the layer's min zoom and subset filter.
 */
export function defineMapLayer(input: MapLayerInput): MapLayerDefinition {
  const { parts, ...entry } = input
  return {
    ...entry,
    styleLayers: parts.map((part) => toStyleLayer(input, part)),
    backdropLayerIds: parts.filter((part) => part.backdrop).map((part) => styleLayerId(input.id, part.part)),
  }
}
