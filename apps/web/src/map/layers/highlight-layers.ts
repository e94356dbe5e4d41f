import { COLLECTIONS } from '@heritage-watch/shared'
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { datasetSourceOf, highlightLayerId, type SourceId, tileSourceOf } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { byZoom, FEATURE_ID } from './paint.ts'

/** Matches no feature: the highlight layers start with it and get the selected id later. */
export const NO_FEATURE: ExpressionSpecification = ['==', FEATURE_ID, '']

/** Matches the one feature with this id. */
export function featureFilter(featureId: string): ExpressionSpecification {
  return ['==', FEATURE_ID, featureId]
}

/**
 * The selection highlight of one collection (a white halo under a magenta line, or a ring for points),
 * hidden until one of its features is selected. A hidden layer loads no tiles. The layers read the
 * dataset source, so their `source` no longer names the collection: the collection is this argument.
 */
export function highlightLayersOf(collection: (typeof COLLECTIONS)[number]): LayerSpecification[] {
  const source = collection.id as SourceId
  const common = {
    source: datasetSourceOf(tileSourceOf(source)),
    'source-layer': tileSourceOf(source),
    filter: NO_FEATURE,
    layout: { visibility: 'none' as const },
  }
  if (collection.geometryType === 'Point') {
    return [
      {
        ...common,
        id: highlightLayerId(source, 'ring'),
        type: 'circle',
        paint: {
          'circle-radius': byZoom(9, 13),
          'circle-color': 'rgba(0, 0, 0, 0)',
          'circle-stroke-color': COLOURS.highlight,
          'circle-stroke-width': 3.5,
        },
      },
    ]
  }
  return [
    {
      ...common,
      id: highlightLayerId(source, 'halo'),
      type: 'line',
      layout: { ...common.layout, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': COLOURS.highlightHalo, 'line-width': byZoom(6, 10), 'line-opacity': 0.9 },
    },
    {
      ...common,
      id: highlightLayerId(source, 'line'),
      type: 'line',
      layout: { ...common.layout, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': COLOURS.highlight, 'line-width': byZoom(2.5, 4.5) },
    },
  ]
}

/** The selection highlight of every collection, in the catalogue's order. */
export function highlightLayers(): LayerSpecification[] {
  return COLLECTIONS.flatMap(highlightLayersOf)
}
