import { CLASSEMENT_2016_LABELS } from '@heritage-watch/shared'
import type { ExpressionSpecification } from 'maplibre-gl'
import { MAP_IMAGE_IDS, SOURCE_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, label, outline } from './paint.ts'

const STATUS: ExpressionSpecification = ['get', 'classement_2016']
const IS_PARTIAL: ExpressionSpecification = ['==', STATUS, 'en partie']
const NOT_PARTIAL: ExpressionSpecification = ['!=', STATUS, 'en partie']

/** What the official perimeter settles, and what it does not: said in the legend of both terril layers. */
const PERIMETER_NOTE = {
  fr: 'Statut lu du périmètre officiel du site classé (servitude AC2, DREAL) : il dit qui est dans le site classé, pas la numérotation des 78 terrils du décret.',
  en: 'Status read from the official perimeter of the listed site (AC2 servitude, DREAL): it settles who is in the listed site, not the decree’s numbering of the 78 tips.',
}

/**
 * The 162 terrils by their share inside the official perimeter of the 2016 site classé: classé in the
 * chain's one colour, "en partie" hatched (never solid like classé), "hors site" pale.
 */
export const TERRIL_LAYERS = [
  defineMapLayer({
    id: 'terrils-classement',
    group: 'terrils',
    source: SOURCE_IDS.terrils,
    label: { fr: 'Terrils : site classé de 2016', en: 'Spoil tips: 2016 listed site' },
    note: PERIMETER_NOTE,
    swatch: { kind: 'fill', fill: COLOURS.terrilListed, stroke: COLOURS.terrilLine },
    keyItems: [
      {
        label: CLASSEMENT_2016_LABELS.classé,
        swatch: { kind: 'fill', fill: COLOURS.terrilListed, stroke: COLOURS.terrilListed },
      },
      {
        label: CLASSEMENT_2016_LABELS['en partie'],
        swatch: {
          kind: 'fill',
          fill: COLOURS.terrilPartialBack,
          stroke: COLOURS.terrilListed,
          hatch: true,
          dashed: true,
        },
      },
      {
        label: CLASSEMENT_2016_LABELS['hors site'],
        swatch: { kind: 'fill', fill: COLOURS.terrilNotListed, stroke: COLOURS.terrilLine },
      },
    ],
    defaultVisible: true,
    listed: true,
    parts: [
      {
        part: 'fill',
        type: 'fill',
        filter: NOT_PARTIAL,
        paint: {
          'fill-color': ['match', STATUS, 'classé', COLOURS.terrilListed, COLOURS.terrilNotListed],
          'fill-opacity': 0.9,
        },
      },
      {
        part: 'partial',
        type: 'fill',
        filter: IS_PARTIAL,
        paint: { 'fill-pattern': MAP_IMAGE_IDS.partialHatch, 'fill-opacity': 0.95 },
      },
      { ...outline(COLOURS.terrilLine, byZoom(0.8, 2)), filter: NOT_PARTIAL },
      {
        ...outline(COLOURS.terrilListed, byZoom(1, 2.2), { dashed: true, part: 'outline-partial' }),
        filter: IS_PARTIAL,
      },
      label(['coalesce', ['get', 'numero'], ''], 12, { size: 11, part: 'number', fromLowZoomSource: true }),
    ],
  }),
  // The 18 polygons of the chain that hold none of the Mission's terrils: without them the map would
  // show 58 of the 76 classified spoil-tip polygons, not the whole chain.
  defineMapLayer({
    id: 'terrils-classes-hors-couches',
    group: 'terrils',
    source: SOURCE_IDS.sitesClassesInscrits,
    subset: { property: 'hors_couches_mission', values: ['true'] },
    label: {
      fr: 'Terrils classés hors des couches de la Mission',
      en: 'Listed spoil tips outside the Mission’s layers',
    },
    note: {
      fr: 'Polygones du site classé de 2016 où les couches de la Mission ne portent aucun terril.',
      en: 'Polygons of the 2016 listed site where the Mission’s layers carry no spoil tip.',
    },
    swatch: { kind: 'fill', fill: COLOURS.terrilListed, stroke: COLOURS.terrilOutsideLine, dashed: true },
    defaultVisible: true,
    listed: true,
    parts: [
      { part: 'fill', type: 'fill', paint: { 'fill-color': COLOURS.terrilListed, 'fill-opacity': 0.9 } },
      outline(COLOURS.terrilOutsideLine, byZoom(1, 2.2), { dashed: true }),
      // Named by their commune: they have no number or name in the Mission's layers.
      label(['coalesce', ['get', 'commune_principale'], ''], 11, { size: 11, part: 'commune' }),
    ],
  }),
]
