import type { AssessmentCondition, AssessmentLatestList } from '@heritage-watch/shared'
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { datasetSourceOf, SOURCE_IDS, type SourceId, tileSourceOf } from '../ids.ts'

// The "état" map style (issue #10 §2): features coloured by their latest valid constat. The tiles stay
// public and unchanged; these layers are drawn over the collections' own sources, picking features by id
// with a match expression built from GET /assessments/latest (private data, never in tiles).

/** Good to very bad, from blue to dark red (distinguishable with the common colour-vision deficiencies). */
export const CONDITION_COLOURS: Record<AssessmentCondition, string> = {
  bon: '#4575b4',
  moyen: '#fdd835',
  mauvais: '#f46d43',
  tres_mauvais: '#a50026',
}

/** Every layer of the style starts with this, so that it can be found and removed as a whole. */
export const CONDITION_LAYER_PREFIX = 'etat-'

const SOURCES: ReadonlySet<string> = new Set(Object.values(SOURCE_IDS))

/** Single and multi geometries alike (MapLibre names multi-part geometries since v3). */
const isGeometry = (...types: string[]): ExpressionSpecification => [
  'in',
  ['geometry-type'],
  ['literal', types.flatMap((type) => [type, `Multi${type}`])],
]

/** The layer ids of one collection's overlay: fill for polygons, line for lines, circle for points. */
export const conditionLayerId = (collection: string, kind: 'fill' | 'line' | 'circle') =>
  `${CONDITION_LAYER_PREFIX}${collection}-${kind}`

/**
 * The overlay layers for the latest conditions: per collection on the map, features picked by id and
 * coloured by condition. Collections without a map source (communes have one; an alert never) are skipped.
 */
export function conditionLayers(latest: AssessmentLatestList): LayerSpecification[] {
  const byCollection = new Map<string, Map<string, AssessmentCondition>>()
  for (const entry of latest.features) {
    if (!SOURCES.has(entry.collection)) continue
    const ids = byCollection.get(entry.collection) ?? new Map<string, AssessmentCondition>()
    ids.set(entry.id, entry.condition)
    byCollection.set(entry.collection, ids)
  }
  const layers: LayerSpecification[] = []
  for (const [collection, conditions] of byCollection) {
    const ids = [...conditions.keys()]
    const colour: ExpressionSpecification = [
      'match',
      ['to-string', ['get', 'id']],
      ...[...conditions].flatMap(([id, condition]) => [id, CONDITION_COLOURS[condition]]),
      '#000000',
    ] as unknown as ExpressionSpecification
    const picked: ExpressionSpecification = ['in', ['to-string', ['get', 'id']], ['literal', ids]]
    const tiles = tileSourceOf(collection as SourceId)
    const on = { source: datasetSourceOf(tiles), 'source-layer': tiles }
    layers.push(
      {
        id: conditionLayerId(collection, 'fill'),
        type: 'fill',
        ...on,
        filter: ['all', isGeometry('Polygon'), picked],
        paint: { 'fill-color': colour, 'fill-opacity': 0.75 },
      },
      {
        id: conditionLayerId(collection, 'line'),
        type: 'line',
        ...on,
        filter: ['all', isGeometry('LineString', 'Polygon'), picked],
        paint: { 'line-color': colour, 'line-width': 3 },
      },
      {
        id: conditionLayerId(collection, 'circle'),
        type: 'circle',
        ...on,
        filter: ['all', isGeometry('Point'), picked],
        paint: {
          'circle-color': colour,
          'circle-radius': 7,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
    )
  }
  return layers
}
