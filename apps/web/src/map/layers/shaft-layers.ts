import { SOURCE_IDS, LAYER_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, TEXT_FONT } from './paint.ts'

/** The 636 former mine shafts, from zoom 11 (the tiles carry them from zoom 10). */
export const SHAFT_LAYERS = [
  defineMapLayer({
    id: LAYER_IDS.puits,
    group: 'sous-sol',
    source: SOURCE_IDS.puits,
    label: { fr: 'Anciens puits de mines', en: 'Former mine shafts' },
    swatch: { kind: 'circle', fill: COLOURS.shaft, stroke: '#ffffff' },
    defaultVisible: false,
    minzoom: 11,
    listed: true,
    parts: [
      {
        part: 'circle',
        type: 'circle',
        paint: {
          'circle-color': COLOURS.shaft,
          'circle-radius': byZoom(2.5, 6),
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.2,
        },
      },
      {
        part: 'label',
        type: 'symbol',
        minzoom: 14,
        layout: {
          'text-field': ['get', 'puits'],
          'text-font': TEXT_FONT,
          'text-size': 11,
          'text-anchor': 'left',
          'text-offset': [0.8, 0],
          'text-optional': true,
        },
        paint: { 'text-color': COLOURS.shaft, 'text-halo-color': COLOURS.labelHalo, 'text-halo-width': 1.5 },
      },
    ],
  }),
]
