import { CLASSEMENT_2016_LABELS } from '@heritage-watch/shared'
import type { ExpressionSpecification } from 'maplibre-gl'
import { MAP_IMAGE_IDS, SOURCE_IDS, LAYER_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, label, outline } from './paint.ts'

const STATUS: ExpressionSpecification = ['get', 'classement_2016']
const IS_PROBABLE: ExpressionSpecification = ['==', STATUS, 'probable']
const NOT_PROBABLE: ExpressionSpecification = ['!=', STATUS, 'probable']

/**
 * The 162 terrils by their status in the 2016 listed site. "probable" is derived, never confirmed, so it
 * is drawn hatched with a dashed outline, never solid like "confirmé".
 */
export const TERRIL_LAYERS = [
  defineMapLayer({
    id: LAYER_IDS.terrilsClassement,
    group: 'terrils',
    source: SOURCE_IDS.terrils,
    label: { fr: 'Terrils : site classé de 2016', en: 'Spoil tips: 2016 listed site' },
    note: {
      fr: '« Probable » est déduit des communes nommées au décret du 28 décembre 2016 : ce n’est pas une confirmation.',
      en: '“Probable” is derived from the communes named in the decree of 28 December 2016: it is not a confirmation.',
    },
    swatch: { kind: 'fill', fill: COLOURS.terrilListed, stroke: COLOURS.terrilLine },
    keyItems: [
      {
        label: CLASSEMENT_2016_LABELS.confirmé,
        swatch: { kind: 'fill', fill: COLOURS.terrilListed, stroke: COLOURS.terrilListed },
      },
      {
        label: CLASSEMENT_2016_LABELS.probable,
        swatch: {
          kind: 'fill',
          fill: COLOURS.terrilProbableBack,
          stroke: COLOURS.terrilProbable,
          hatch: true,
          dashed: true,
        },
      },
      {
        label: CLASSEMENT_2016_LABELS.exclu,
        swatch: { kind: 'fill', fill: COLOURS.terrilExcluded, stroke: COLOURS.terrilLine },
      },
      {
        label: CLASSEMENT_2016_LABELS['non classé'],
        swatch: { kind: 'fill', fill: COLOURS.terrilNotListed, stroke: COLOURS.terrilLine },
      },
    ],
    defaultVisible: true,
    listed: true,
    parts: [
      {
        part: 'fill',
        type: 'fill',
        filter: NOT_PROBABLE,
        paint: {
          'fill-color': [
            'match',
            STATUS,
            'confirmé',
            COLOURS.terrilListed,
            'exclu',
            COLOURS.terrilExcluded,
            COLOURS.terrilNotListed,
          ],
          'fill-opacity': 0.9,
        },
      },
      {
        part: 'probable',
        type: 'fill',
        filter: IS_PROBABLE,
        paint: { 'fill-pattern': MAP_IMAGE_IDS.probableHatch, 'fill-opacity': 0.95 },
      },
      { ...outline(COLOURS.terrilLine, byZoom(0.8, 2)), filter: NOT_PROBABLE },
      {
        ...outline(COLOURS.terrilProbable, byZoom(1, 2.2), { dashed: true, part: 'outline-probable' }),
        filter: IS_PROBABLE,
      },
      label(['coalesce', ['get', 'numero'], ''], 12, { size: 11, part: 'number', fromLowZoomSource: true }),
    ],
  }),
]
