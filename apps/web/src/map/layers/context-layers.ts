import { SOURCE_IDS, LAYER_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, fill, label, outline } from './paint.ts'

/**
 * The offline background, made only from the project's data: départements and the bassin minier as
 * plain fills (left out under a raster basemap), EPCI and commune boundaries, and their names.
 */
export const CONTEXT_LAYERS = [
  defineMapLayer({
    id: LAYER_IDS.bassinMinier,
    group: 'contexte',
    source: SOURCE_IDS.bassinMinier,
    label: { fr: 'Périmètre du Bassin minier', en: 'Mining basin outline' },
    swatch: { kind: 'fill', fill: COLOURS.bassinFill, stroke: COLOURS.bassinLine },
    defaultVisible: true,
    listed: false,
    overview: true,
    parts: [fill(COLOURS.bassinFill, 1, { backdrop: true }), outline(COLOURS.bassinLine, byZoom(2, 4))],
  }),
  defineMapLayer({
    id: LAYER_IDS.departements,
    group: 'contexte',
    source: SOURCE_IDS.departements,
    label: { fr: 'Départements', en: 'Départements' },
    swatch: { kind: 'fill', fill: COLOURS.departementFill, stroke: COLOURS.departementLine },
    defaultVisible: true,
    listed: false,
    overview: true,
    parts: [
      fill(COLOURS.departementFill, 1, { backdrop: true }),
      outline(COLOURS.departementLine, byZoom(1.5, 3)),
      // Named by the place-name layer (place-label-layers.ts), one point each: a polygon's label is
      // placed once per vector tile, so a département spread over several tiles was named twice.
    ],
  }),
  defineMapLayer({
    id: LAYER_IDS.epci,
    group: 'contexte',
    source: SOURCE_IDS.epci,
    label: { fr: 'Intercommunalités (EPCI)', en: 'Inter-municipal bodies (EPCI)' },
    swatch: { kind: 'line', stroke: COLOURS.epciLine, width: 2, dashed: true },
    defaultVisible: true,
    listed: false,
    overview: true,
    parts: [
      outline(COLOURS.epciLine, byZoom(1.2, 2.5), { dashed: true }),
      // From zoom 9, past the first view of the whole basin: see the départements' names above.
      label(['get', 'nom'], 9, {
        maxzoom: 10.5,
        size: 12,
        colour: COLOURS.epciLine,
        fromLowZoomSource: true,
      }),
    ],
  }),
  defineMapLayer({
    id: LAYER_IDS.communes,
    group: 'contexte',
    source: SOURCE_IDS.communes,
    label: { fr: 'Communes', en: 'Municipalities' },
    swatch: { kind: 'line', stroke: COLOURS.communeLine, width: 1 },
    defaultVisible: true,
    listed: false,
    overview: true,
    parts: [
      outline(COLOURS.communeLine, byZoom(0.5, 1.5)),
      label(['get', 'nom'], 10.5, { size: 12, colour: COLOURS.label, fromLowZoomSource: true }),
    ],
  }),
]
