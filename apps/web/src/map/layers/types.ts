import type { Bilingual, CollectionGroup } from '@heritage-watch/shared'
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl'
import type { SourceId } from '../ids.ts'

/** How the legend draws a layer or one of its classes (legend-swatch.tsx); colours from colours.ts. */
export type Swatch =
  | { kind: 'fill'; fill: string; stroke: string; fillOpacity?: number; dashed?: boolean; hatch?: boolean }
  | { kind: 'line'; stroke: string; width?: number; dashed?: boolean }
  | { kind: 'circle'; fill: string; stroke: string }
  | { kind: 'icon'; icon: 'warning' | 'star' }

/** One class of a layer drawn in several ways (a terril's 2016 status, an ERBM cité's status). */
interface LegendKeyItem {
  label: Bilingual
  swatch: Swatch
}

/** Only the features whose `property` is (or, with `exclude`, is not) one of `values`. */
export interface LayerSubset {
  property: string
  values: readonly string[]
  exclude?: boolean
}

type WithoutSource<T> = T extends unknown ? Omit<T, 'id' | 'source' | 'source-layer'> : never

/** One style layer of a registry layer, without what the registry adds (id, source, source-layer). */
export type StylePart = WithoutSource<
  FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification | SymbolLayerSpecification
> & {
  /** Short name of the part, unique in its layer: `fill`, `outline`, `label`… */
  part: string
  /** A plain background fill, left out when a raster basemap is shown under the data. */
  backdrop?: boolean
  /** Read from the collection's low-zoom source (one tile for the basin, so one name per area). */
  fromLowZoomSource?: boolean
  /** Read from the collection's centre source (one marker per feature, at every zoom). */
  fromCentreSource?: boolean
  filter?: ExpressionSpecification
}

/** What a layer file declares: the legend entry, its defaults, and its style parts. */
export interface MapLayerInput {
  /** The toggle's id, as written in the URL (`couches=`). */
  id: string
  group: CollectionGroup
  source: SourceId
  label: Bilingual
  /** A sentence under the label, e.g. what "probable" means. */
  note?: Bilingual
  swatch: Swatch
  keyItems?: readonly LegendKeyItem[]
  defaultVisible: boolean
  /** Below this zoom nothing is drawn (and the legend says so). */
  minzoom?: number
  subset?: LayerSubset
  /**
   * Large areas only: below OVERVIEW_MAX_ZOOM the fills and lines are drawn from the collection's
   * zoom-6 source instead (define-map-layer.ts). Small features must not use it: the tiles leave out
   * polygons under 16 square units, about 600 m a side at zoom 6.
   */
  overview?: boolean
  /** Clickable on the map and listed in "features in view"; context layers are not. */
  listed: boolean
  parts: readonly StylePart[]
}

/** A registry entry: the input with its finished MapLibre style layers. */
export interface MapLayerDefinition extends Omit<MapLayerInput, 'parts'> {
  styleLayers: readonly LayerSpecification[]
  /** Style layers left out under a raster basemap. */
  backdropLayerIds: readonly string[]
}
