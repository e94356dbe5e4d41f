import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl'
import { PLACE_LABEL_SOURCE_ID } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { TEXT_FONT } from './paint.ts'

/**
 * The names at the opening view (issue 11 §7): départements and the main towns, from a static file
 * derived from data/raw (scripts/build-place-labels.ts). Added after the first idle, so that the
 * first view draws no text (README, "First view speed"); the tile names take over further in:
 * département names show below 8.5, EPCI names from 9, commune names from 10.5.
 */
export function placeLabelSource(baseUrl: string): GeoJSONSourceSpecification {
  return { type: 'geojson', data: `${baseUrl}place-labels.geojson` }
}

const HALO = { 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 1.5 } as const

export const PLACE_LABEL_LAYERS: LayerSpecification[] = [
  // Drawn first, so placed after the towns: a town's name wins over the département's.
  {
    id: `${PLACE_LABEL_SOURCE_ID}/departements`,
    type: 'symbol',
    source: PLACE_LABEL_SOURCE_ID,
    filter: ['==', ['get', 'kind'], 'departement'],
    // The only names of the départements (their polygons carry none): from the whole region to the towns.
    minzoom: 5,
    maxzoom: 10,
    layout: {
      'text-field': ['upcase', ['get', 'name']],
      'text-size': 14,
      'text-letter-spacing': 0.15,
      'text-font': TEXT_FONT,
      // Its point lies among towns: the name may move off it rather than vanish.
      'text-variable-anchor': ['center', 'top', 'bottom'],
      'text-radial-offset': 1.5,
    },
    paint: { 'text-color': '#52606d', ...HALO },
  },
  {
    id: `${PLACE_LABEL_SOURCE_ID}/villes`,
    type: 'symbol',
    source: PLACE_LABEL_SOURCE_ID,
    filter: ['==', ['get', 'kind'], 'ville'],
    // From 6.5: a phone opens on the whole basin near zoom 7, where the larger towns still fit.
    minzoom: 6.5,
    maxzoom: 10.5,
    layout: {
      'text-field': ['get', 'name'],
      'text-size': 13,
      'text-font': TEXT_FONT,
      // The larger town wins a collision, and a name may move beside its point to find room.
      'symbol-sort-key': ['get', 'rang'],
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.4,
    },
    paint: { 'text-color': '#1f2933', ...HALO },
  },
]
