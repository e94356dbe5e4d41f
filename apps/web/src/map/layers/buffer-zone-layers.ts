import { SOURCE_IDS, LAYER_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, fill, outline } from './paint.ts'

/** The buffer zone and the features it protects. */
export const BUFFER_ZONE_LAYERS = [
  defineMapLayer({
    id: LAYER_IDS.zoneTampon,
    group: 'zone-tampon',
    source: SOURCE_IDS.zoneTampon,
    label: { fr: 'Zone tampon', en: 'Buffer zone' },
    swatch: {
      kind: 'fill',
      fill: COLOURS.bufferFill,
      fillOpacity: 0.2,
      stroke: COLOURS.buffer,
      dashed: true,
    },
    defaultVisible: true,
    listed: true,
    // One large polygon: at the first view its zoom-6 tile draws it as well as four finer ones.
    overview: true,
    parts: [fill(COLOURS.bufferFill, 0.16), outline(COLOURS.buffer, byZoom(1.2, 2.5), { dashed: true })],
  }),
  defineMapLayer({
    id: LAYER_IDS.parvisZt,
    group: 'zone-tampon',
    source: SOURCE_IDS.parvis,
    label: { fr: 'Parvis agricoles de la zone tampon', en: 'Agricultural forecourts of the buffer zone' },
    note: {
      fr: 'Espaces ouverts qui ménagent des vues sur les terrils et les chevalements.',
      en: 'Open land that keeps views onto the spoil tips and headframes.',
    },
    swatch: { kind: 'fill', fill: COLOURS.parvis, stroke: COLOURS.parvisLine },
    defaultVisible: false,
    listed: true,
    parts: [fill(COLOURS.parvis, 0.7), outline(COLOURS.parvisLine, byZoom(0.5, 1.5))],
  }),
  defineMapLayer({
    id: LAYER_IDS.citesZt,
    group: 'zone-tampon',
    source: SOURCE_IDS.citesZoneTampon,
    label: { fr: 'Cités minières de la zone tampon', en: 'Mining estates of the buffer zone' },
    swatch: { kind: 'fill', fill: COLOURS.bufferCites, stroke: COLOURS.bufferCitesLine },
    defaultVisible: true,
    listed: true,
    parts: [fill(COLOURS.bufferCites, 0.75), outline(COLOURS.bufferCitesLine, byZoom(0.5, 1.5))],
  }),
  defineMapLayer({
    id: LAYER_IDS.espacesZt,
    group: 'zone-tampon',
    source: SOURCE_IDS.espacesZoneTampon,
    label: {
      fr: 'Espaces néonaturels de la zone tampon',
      en: 'Post-mining natural areas of the buffer zone',
    },
    swatch: { kind: 'fill', fill: COLOURS.bufferGreen, stroke: COLOURS.buffer },
    defaultVisible: true,
    listed: true,
    parts: [fill(COLOURS.bufferGreen, 0.6), outline(COLOURS.buffer, byZoom(0.5, 1.5))],
  }),
  defineMapLayer({
    id: LAYER_IDS.cavaliersZt,
    group: 'zone-tampon',
    source: SOURCE_IDS.cavaliersZoneTampon,
    label: { fr: 'Cavaliers de la zone tampon', en: 'Railway embankments of the buffer zone' },
    swatch: { kind: 'line', stroke: COLOURS.bufferCitesLine, width: 2 },
    defaultVisible: false,
    listed: true,
    parts: [outline(COLOURS.bufferCitesLine, byZoom(1, 3), { part: 'line' })],
  }),
  defineMapLayer({
    id: LAYER_IDS.terrilsZt,
    group: 'zone-tampon',
    source: SOURCE_IDS.terrilsZoneTampon,
    label: { fr: 'Terrils de la zone tampon (contour)', en: 'Spoil tips of the buffer zone (outline)' },
    swatch: { kind: 'line', stroke: COLOURS.buffer, width: 3 },
    defaultVisible: false,
    listed: true,
    parts: [outline(COLOURS.buffer, byZoom(1.5, 3.5))],
  }),
]
