import type { CollectionGroup } from '@heritage-watch/shared'
import { LAYER_IDS, type LayerId } from '../ids.ts'
import { BUFFER_ZONE_LAYERS } from './buffer-zone-layers.ts'
import { CITE_LAYERS } from './cite-layers.ts'
import { CONTEXT_LAYERS } from './context-layers.ts'
import { PROPERTY_LAYERS } from './property-layers.ts'
import { PROTECTION_LAYERS } from './protection-layers.ts'
import { SHAFT_LAYERS } from './shaft-layers.ts'
import { TERRIL_LAYERS } from './terril-layers.ts'
import type { MapLayerDefinition } from './types.ts'
import { WATCH_LAYERS } from './watch-layers.ts'

/**
 * THE registry of the map's layers, in legend order (grouped as the catalogue is). map-view.tsx applies
 * it through style.ts; the legend, the URL, the click and the list read it. Nothing else adds layers.
 */
export const MAP_LAYERS: readonly MapLayerDefinition[] = [
  ...PROPERTY_LAYERS,
  ...BUFFER_ZONE_LAYERS,
  ...TERRIL_LAYERS,
  ...CITE_LAYERS,
  ...WATCH_LAYERS,
  ...PROTECTION_LAYERS,
  ...SHAFT_LAYERS,
  ...CONTEXT_LAYERS,
]

/** Legend groups, in the catalogue's order. */
export const LEGEND_GROUPS: readonly CollectionGroup[] = [
  'bien-inscrit',
  'zone-tampon',
  'terrils',
  'cites',
  'veille',
  'protections',
  'sous-sol',
  'contexte',
]

/**
 * Drawing order, bottom to top (text and icons are lifted above everything by style.ts): background
 * context, buffer zone, protected sites, property, terrils by status (with the chain's polygons that
 * hold none of our terrils), then what must never be hidden: sites at risk,
 * shafts, grands sites.
 */
export const DRAW_ORDER: readonly LayerId[] = [
  LAYER_IDS.departements,
  LAYER_IDS.bassinMinier,
  LAYER_IDS.communes,
  LAYER_IDS.epci,
  LAYER_IDS.zoneTampon,
  LAYER_IDS.parvisZt,
  LAYER_IDS.citesZt,
  LAYER_IDS.espacesZt,
  LAYER_IDS.cavaliersZt,
  LAYER_IDS.citesHorsBien,
  LAYER_IDS.citesErbm,
  LAYER_IDS.sitesClassesInscrits,
  LAYER_IDS.composantes,
  LAYER_IDS.citesBien,
  LAYER_IDS.espacesBien,
  LAYER_IDS.cavaliersBien,
  LAYER_IDS.autresBatis,
  LAYER_IDS.fossesChevalements,
  LAYER_IDS.terrilsClassesHorsCouches,
  LAYER_IDS.terrilsClassement,
  LAYER_IDS.terrilsZt,
  LAYER_IDS.terrilsBien,
  LAYER_IDS.sitesEnDanger,
  LAYER_IDS.puits,
  LAYER_IDS.grandsSites,
]

/** Every layer id, in legend order (the order of `couches=` in the URL). */
export const MAP_LAYER_IDS: readonly string[] = MAP_LAYERS.map((layer) => layer.id)

/** The layers shown when the URL does not say. */
export const DEFAULT_VISIBLE_LAYER_IDS: readonly string[] = MAP_LAYERS.filter(
  (layer) => layer.defaultVisible,
).map((layer) => layer.id)

const BY_ID = new Map(MAP_LAYERS.map((layer) => [layer.id, layer]))
const BY_STYLE_LAYER = new Map(
  MAP_LAYERS.flatMap((layer) => layer.styleLayers.map((style) => [style.id, layer])),
)

/** The registry layer a style layer belongs to; undefined for the background, basemap and highlight. */
export function mapLayerOfStyleLayer(styleLayerId: string): MapLayerDefinition | undefined {
  return BY_STYLE_LAYER.get(styleLayerId)
}

/** The layers in drawing order. */
export function layersInDrawOrder(): MapLayerDefinition[] {
  return DRAW_ORDER.map((id) => {
    const layer = BY_ID.get(id)
    if (!layer) throw new Error(`DRAW_ORDER names an unknown layer: ${id}`)
    return layer
  })
}
