import { MAP_IMAGE_IDS, SOURCE_IDS, LAYER_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, fill, outline, TEXT_FONT } from './paint.ts'

/**
 * The 11 sites at risk (red outline, and a warning triangle at the centre of each polygon, computed in
 * the browser so that it shows at every zoom) and the 5 grands sites (a star).
 */
export const WATCH_LAYERS = [
  defineMapLayer({
    id: LAYER_IDS.sitesEnDanger,
    group: 'veille',
    source: SOURCE_IDS.sitesEnDanger,
    label: { fr: 'Patrimoine minier en danger (2018)', en: 'Mining heritage at risk (2018)' },
    swatch: { kind: 'icon', icon: 'warning' },
    defaultVisible: true,
    listed: true,
    parts: [
      fill(COLOURS.danger, 0.25),
      outline(COLOURS.danger, byZoom(2.5, 4)),
      {
        part: 'icon',
        type: 'symbol',
        fromCentreSource: true,
        layout: {
          'icon-image': MAP_IMAGE_IDS.warning,
          'icon-size': byZoom(0.8, 1.1),
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
      {
        part: 'label',
        type: 'symbol',
        fromCentreSource: true,
        minzoom: 11.5,
        layout: {
          'text-field': ['get', 'nom'],
          'text-font': TEXT_FONT,
          'text-size': 12,
          'text-max-width': 9,
          'text-anchor': 'top',
          'text-offset': [0, 1.2],
          'text-optional': true,
        },
        paint: { 'text-color': COLOURS.danger, 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 1.5 },
      },
    ],
  }),
  defineMapLayer({
    id: LAYER_IDS.grandsSites,
    group: 'veille',
    source: SOURCE_IDS.grandsSites,
    label: { fr: 'Grands sites miniers', en: 'Major mining sites' },
    swatch: { kind: 'icon', icon: 'star' },
    defaultVisible: true,
    listed: true,
    parts: [
      {
        part: 'icon',
        type: 'symbol',
        layout: {
          'icon-image': MAP_IMAGE_IDS.star,
          'icon-size': byZoom(0.85, 1.15),
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
      {
        part: 'label',
        type: 'symbol',
        minzoom: 9.5,
        layout: {
          'text-field': ['get', 'nom'],
          'text-font': TEXT_FONT,
          'text-size': 12,
          'text-max-width': 9,
          'text-anchor': 'top',
          'text-offset': [0, 1.1],
          'text-optional': true,
        },
        paint: {
          'text-color': COLOURS.grandSiteLine,
          'text-halo-color': COLOURS.labelHalo,
          'text-halo-width': 1.5,
        },
      },
    ],
  }),
]
