import { SOURCE_IDS, LAYER_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, fill, label, outline } from './paint.ts'

/** Building typologies drawn as "fosses et chevalements"; the other buildings are the rest. */
const PITS = { property: 'typologie', values: ['Fosse', 'Chevalement'] } as const

/** The inscribed property: its components, then its elements by type. */
export const PROPERTY_LAYERS = [
  defineMapLayer({
    id: LAYER_IDS.composantes,
    group: 'bien-inscrit',
    source: SOURCE_IDS.composantes,
    label: { fr: 'Composantes du bien inscrit', en: 'Components of the inscribed property' },
    swatch: { kind: 'fill', fill: COLOURS.propertyFill, fillOpacity: 0.25, stroke: COLOURS.property },
    defaultVisible: true,
    listed: true,
    parts: [
      fill(COLOURS.propertyFill, 0.16),
      outline(COLOURS.property, byZoom(1.2, 3)),
      label(['get', 'nom'], 12.5, { colour: COLOURS.property, size: 12, fromLowZoomSource: true }),
    ],
  }),
  defineMapLayer({
    id: LAYER_IDS.fossesChevalements,
    group: 'bien-inscrit',
    source: SOURCE_IDS.batis,
    label: { fr: 'Fosses et chevalements', en: 'Pits and headframes' },
    swatch: { kind: 'fill', fill: COLOURS.pits, stroke: COLOURS.pits },
    defaultVisible: true,
    subset: PITS,
    listed: true,
    parts: [fill(COLOURS.pits, 0.9), outline(COLOURS.pits, byZoom(1, 2.5))],
  }),
  defineMapLayer({
    id: LAYER_IDS.autresBatis,
    group: 'bien-inscrit',
    source: SOURCE_IDS.batis,
    label: {
      fr: 'Autres bâtis (écoles, églises, équipements…)',
      en: 'Other buildings (schools, churches, facilities…)',
    },
    swatch: { kind: 'fill', fill: COLOURS.buildings, stroke: COLOURS.property },
    defaultVisible: true,
    subset: { ...PITS, exclude: true },
    listed: true,
    parts: [fill(COLOURS.buildings, 0.85), outline(COLOURS.property, byZoom(0.6, 1.5))],
  }),
  defineMapLayer({
    id: LAYER_IDS.citesBien,
    group: 'bien-inscrit',
    source: SOURCE_IDS.citesBien,
    label: { fr: 'Cités minières du bien', en: 'Mining estates of the property' },
    swatch: { kind: 'fill', fill: COLOURS.propertyCites, stroke: COLOURS.buildings },
    defaultVisible: true,
    listed: true,
    parts: [fill(COLOURS.propertyCites, 0.75), outline(COLOURS.buildings, byZoom(0.5, 1.5))],
  }),
  defineMapLayer({
    id: LAYER_IDS.espacesBien,
    group: 'bien-inscrit',
    source: SOURCE_IDS.espacesBien,
    label: { fr: 'Espaces néonaturels du bien', en: 'Post-mining natural areas of the property' },
    swatch: { kind: 'fill', fill: COLOURS.propertyGreen, stroke: COLOURS.propertyGreenLine },
    defaultVisible: true,
    listed: true,
    parts: [fill(COLOURS.propertyGreen, 0.6), outline(COLOURS.propertyGreenLine, byZoom(0.6, 1.5))],
  }),
  defineMapLayer({
    id: LAYER_IDS.cavaliersBien,
    group: 'bien-inscrit',
    source: SOURCE_IDS.cavaliersBien,
    label: { fr: 'Cavaliers du bien (voies ferrées minières)', en: 'Railway embankments of the property' },
    swatch: { kind: 'line', stroke: COLOURS.property, width: 3 },
    defaultVisible: true,
    listed: true,
    parts: [outline(COLOURS.property, byZoom(1.5, 4), { part: 'line' })],
  }),
  defineMapLayer({
    id: LAYER_IDS.terrilsBien,
    group: 'bien-inscrit',
    source: SOURCE_IDS.terrilsBien,
    label: { fr: 'Terrils du bien (contour)', en: 'Spoil tips of the property (outline)' },
    note: {
      fr: 'Leur fond indique leur statut au site classé de 2016 (couche « Terrils »).',
      en: 'Their fill shows their 2016 listed-site status (“Spoil tips” layer).',
    },
    swatch: { kind: 'line', stroke: COLOURS.property, width: 3 },
    defaultVisible: true,
    listed: true,
    parts: [outline(COLOURS.property, byZoom(1.5, 3.5))],
  }),
]
