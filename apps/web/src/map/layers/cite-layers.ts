import { SOURCE_IDS, LAYER_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, fill, LINE_JOIN, outline } from './paint.ts'

/** ERBM cités by their share in the property (and priority, once the official list is loaded), other cités. */
export const CITE_LAYERS = [
  defineMapLayer({
    id: LAYER_IDS.citesErbm,
    group: 'cites',
    source: SOURCE_IDS.citesErbm,
    label: { fr: 'Cités de l’ERBM', en: 'ERBM mining estates' },
    note: {
      fr: 'Contour épais : cité prioritaire, quand la liste officielle est chargée (sinon priorité inconnue).',
      en: 'Thick outline: priority estate, once the official list is loaded (otherwise priority unknown).',
    },
    swatch: { kind: 'fill', fill: COLOURS.erbmYes, fillOpacity: 0.6, stroke: COLOURS.erbmLine },
    keyItems: [
      {
        label: { fr: 'Dans le bien (au moins 50 %)', en: 'Inside the property (at least 50%)' },
        swatch: { kind: 'fill', fill: COLOURS.erbmYes, fillOpacity: 0.6, stroke: COLOURS.erbmLine },
      },
      {
        label: { fr: 'En partie dans le bien', en: 'Partly inside the property' },
        swatch: { kind: 'fill', fill: COLOURS.erbmPartial, stroke: COLOURS.erbmLine },
      },
      {
        label: { fr: 'Hors du bien (moins de 5 %)', en: 'Outside the property (under 5%)' },
        swatch: { kind: 'fill', fill: COLOURS.erbmNo, stroke: COLOURS.erbmLine },
      },
    ],
    defaultVisible: false,
    listed: true,
    parts: [
      {
        part: 'fill',
        type: 'fill',
        paint: {
          'fill-color': [
            'match',
            ['get', 'statut_unesco'],
            'oui',
            COLOURS.erbmYes,
            'partiel',
            COLOURS.erbmPartial,
            COLOURS.erbmNo,
          ],
          'fill-opacity': ['match', ['get', 'statut_unesco'], 'oui', 0.6, 0.8],
        },
      },
      {
        part: 'outline',
        type: 'line',
        layout: { 'line-join': LINE_JOIN },
        paint: {
          'line-color': ['match', ['get', 'priorite_erbm'], 'oui', COLOURS.erbmPriority, COLOURS.erbmLine],
          'line-width': ['match', ['get', 'priorite_erbm'], 'oui', 3.5, 1.2],
        },
      },
    ],
  }),
  defineMapLayer({
    id: LAYER_IDS.citesHorsBien,
    group: 'cites',
    source: SOURCE_IDS.citesHorsBien,
    label: {
      fr: 'Autres cités minières (sans statut UNESCO)',
      en: 'Other mining estates (no UNESCO status)',
    },
    swatch: { kind: 'fill', fill: COLOURS.citesOther, stroke: COLOURS.citesOtherLine },
    defaultVisible: false,
    listed: true,
    parts: [fill(COLOURS.citesOther, 0.7), outline(COLOURS.citesOtherLine, byZoom(0.5, 1.5))],
  }),
]
