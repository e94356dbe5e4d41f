import type { ExpressionSpecification } from 'maplibre-gl'
import { SOURCE_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, LINE_JOIN } from './paint.ts'

const KIND: ExpressionSpecification = ['get', 'typesite']
const IS_CLASSE: ExpressionSpecification = ['==', KIND, 'Site classé']
const IS_INSCRIT: ExpressionSpecification = ['==', KIND, 'Site inscrit']

/**
 * The sites classés and inscrits (servitudes AC2): a light green fill and a solid edge for a site classé,
 * a dashed olive edge for a site inscrit. Off at first: the chain's polygons lie under the terrils, which
 * already show the chain.
 */
export const PROTECTION_LAYERS = [
  defineMapLayer({
    id: 'sites-classes-inscrits',
    group: 'protections',
    source: SOURCE_IDS.sitesClassesInscrits,
    label: { fr: 'Sites classés et inscrits', en: 'Listed and registered sites' },
    note: {
      fr: 'Servitudes AC2 de la DREAL Hauts-de-France, dont les 58 polygones du site classé de la chaîne des terrils (2016).',
      en: 'AC2 servitudes of the DREAL Hauts-de-France, among them the 58 polygons of the 2016 chain of spoil tips.',
    },
    swatch: { kind: 'fill', fill: COLOURS.siteClasseFill, fillOpacity: 0.3, stroke: COLOURS.siteClasse },
    keyItems: [
      {
        label: { fr: 'Site classé', en: 'Site classé (listed)' },
        swatch: { kind: 'fill', fill: COLOURS.siteClasseFill, fillOpacity: 0.3, stroke: COLOURS.siteClasse },
      },
      {
        label: { fr: 'Site inscrit', en: 'Site inscrit (registered)' },
        swatch: {
          kind: 'fill',
          fill: COLOURS.siteInscrit,
          fillOpacity: 0.15,
          stroke: COLOURS.siteInscrit,
          dashed: true,
        },
      },
    ],
    defaultVisible: false,
    listed: true,
    parts: [
      {
        part: 'fill',
        type: 'fill',
        paint: {
          'fill-color': ['match', KIND, 'Site classé', COLOURS.siteClasseFill, COLOURS.siteInscrit],
          'fill-opacity': ['match', KIND, 'Site classé', 0.22, 0.12],
        },
      },
      {
        part: 'outline-classe',
        type: 'line',
        filter: IS_CLASSE,
        layout: { 'line-join': LINE_JOIN, 'line-cap': 'round' },
        paint: { 'line-color': COLOURS.siteClasse, 'line-width': byZoom(1.2, 3) },
      },
      {
        part: 'outline-inscrit',
        type: 'line',
        filter: IS_INSCRIT,
        layout: { 'line-join': LINE_JOIN, 'line-cap': 'butt' },
        paint: { 'line-color': COLOURS.siteInscrit, 'line-width': byZoom(1.2, 3), 'line-dasharray': [3, 2] },
      },
    ],
  }),
]
