import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import {
  CENTRE_SOURCE_IDS,
  datasetSourceOf,
  lowZoomSourceOf,
  styleLayerId,
  TILE_VIEWS,
  tileSourceOf,
} from '../ids.ts'
import type { LayerSubset, MapLayerDefinition, MapLayerInput, StylePart } from './types.ts'

/** The filter expression of a subset, e.g. typologie in [Fosse, Chevalement]. */
function subsetFilter(subset: LayerSubset): ExpressionSpecification {
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

/**
 * Up to this zoom an overview layer draws from the zoom-6 tiles. A tile has 4096 units a side and is
 * drawn 512 px wide at its own zoom, so three zooms above it a unit is still a pixel: the outline looks
 * the same, and the first view of the basin needs one tile per source instead of four (issue #3).
 */
export const OVERVIEW_MAX_ZOOM = 9

/** The zoom the overview tiles are made at: the low-zoom sources of large areas. */
const OVERVIEW_TILE_ZOOM = 6

interface Placement {
  id: string
  source: 'collection' | 'low-zoom' | 'centre'
  minzoom?: number
  maxzoom?: number
}

function toStyleLayer(input: MapLayerInput, part: StylePart, placement: Placement): LayerSpecification {
  const {
    part: _name,
    backdrop: _backdrop,
    fromLowZoomSource: _fromLowZoomSource,
    fromCentreSource: _fromCentreSource,
    filter,
    minzoom: _minzoom,
    maxzoom: _maxzoom,
    ...specification
  } = part
  const tileSource = tileSourceOf(input.source)
  const view = (TILE_VIEWS as Partial<Record<string, { property: string; value: string }>>)[input.source]
  const combined = combine(
    placement.source === 'collection' && view ? ['==', ['get', view.property], view.value] : undefined,
    input.subset && subsetFilter(input.subset),
    filter,
  )
  const sources = {
    collection: { source: datasetSourceOf(tileSource), 'source-layer': tileSource },
    'low-zoom': { source: lowZoomSourceOf(input.source)?.id, 'source-layer': input.source },
    // A GeoJSON centre source has no MVT layer; the vector sources name theirs after the collection.
    centre: { source: (CENTRE_SOURCE_IDS as Partial<Record<string, string>>)[input.source] },
  }
  return {
    ...specification,
    id: placement.id,
    ...sources[placement.source],
    ...(placement.minzoom ? { minzoom: placement.minzoom } : {}),
    ...(placement.maxzoom !== undefined ? { maxzoom: placement.maxzoom } : {}),
    ...(combined ? { filter: combined } : {}),
  } as LayerSpecification
}

/**
 * Where a part is drawn from and at which zooms: one placement, or two for the fills and lines of an
 * overview layer (the zoom-6 tiles below OVERVIEW_MAX_ZOOM, the collection's own above).
 */
function placements(input: MapLayerInput, part: StylePart): Placement[] {
  const id = styleLayerId(input.id, part.part)
  const lowZoom = lowZoomSourceOf(input.source)
  const minzoom = Math.max(input.minzoom ?? 0, part.minzoom ?? 0)
  const { maxzoom } = part
  if (part.fromLowZoomSource && !lowZoom) throw new Error(`${id}: ${input.source} has no low-zoom source`)
  if (part.fromCentreSource && !(input.source in CENTRE_SOURCE_IDS))
    throw new Error(`${id}: ${input.source} has no centre source`)
  if (part.fromCentreSource) return [{ id, source: 'centre', minzoom, maxzoom }]
  if (part.fromLowZoomSource) return [{ id, source: 'low-zoom', minzoom, maxzoom }]
  if (!input.overview || part.type === 'symbol' || minzoom >= OVERVIEW_MAX_ZOOM)
    return [{ id, source: 'collection', minzoom, maxzoom }]
  if (lowZoom?.maxzoom !== OVERVIEW_TILE_ZOOM)
    throw new Error(`${id}: an overview layer needs a low-zoom source of zoom ${OVERVIEW_TILE_ZOOM}`)
  return [
    { id: `${id}-apercu`, source: 'low-zoom', minzoom, maxzoom: OVERVIEW_MAX_ZOOM },
    { id, source: 'collection', minzoom: Math.max(minzoom, OVERVIEW_MAX_ZOOM), maxzoom },
  ]
}

/**
 * Turns a layer file's declaration into a registry entry: each part becomes a style layer with its id
 * (`<layer>/<part>`), the collection's source and MVT layer, the layer's min zoom and subset filter;
 * an overview layer's fills and lines get a second style layer (`<layer>/<part>-apercu`) for low zooms.
 */
export function defineMapLayer(input: MapLayerInput): MapLayerDefinition {
  const { parts, ...entry } = input
  const placed = parts.map((part) => ({
    part,
    styleLayers: placements(input, part).map((placement) => toStyleLayer(input, part, placement)),
  }))
  return {
    ...entry,
    styleLayers: placed.flatMap(({ styleLayers }) => styleLayers),
    backdropLayerIds: placed
      .filter(({ part }) => part.backdrop)
      .flatMap(({ styleLayers }) => styleLayers.map((layer) => layer.id)),
  }
}
