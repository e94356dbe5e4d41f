import { SOURCE_IDS } from '../ids.ts'
import { COLOURS } from './colours.ts'
import { defineMapLayer } from './define-map-layer.ts'
import { byZoom, fill, label, outline } from './paint.ts'

/**
 * The offline background, made only from the project's data: départements and the bassin minier as
 * plain fills (left out under a raster basemap), EPCI and commune boundaries, and their names.
 */
export const CONTEXT_LAYERS = [
  defineMapLayer({
    id: 'bassin-minier',
    group: 'contexte',
    source: SOURCE_IDS.bassinMinier,
    label: { fr: 'Périmètre du Bassin minier', en: 'Mining basin outline' },
    swatch: { kind: 'fill', fill: COLOURS.bassinFill, stroke: COLOURS.bassinLine },
    defaultVisible: true,
    listed: false,
    parts: [fill(COLOURS.bassinFill, 1, { backdrop: true }), outline(COLOURS.bassinLine, byZoom(2, 4))],
  }),
  defineMapLayer({
    id: 'departements',
    group: 'contexte',
    source: SOURCE_IDS.departements,
    label: { fr: 'Départements', en: 'Départements' },
    swatch: { kind: 'fill', fill: COLOURS.departementFill, stroke: COLOURS.departementLine },
    defaultVisible: true,
    listed: false,
    parts: [
      fill(COLOURS.departementFill, 1, { backdrop: true }),
      outline(COLOURS.departementLine, byZoom(1.5, 3)),
      label(['upcase', ['get', 'nom']], 6, {
        maxzoom: 9,
        size: 14,
        colour: COLOURS.departementLine,
        fromLabelSource: true,
      }),
    ],
  }),
  defineMapLayer({
    id: 'epci',
    group: 'contexte',
    source: SOURCE_IDS.epci,
    label: { fr: 'Intercommunalités (EPCI)', en: 'Inter-municipal bodies (EPCI)' },
    swatch: { kind: 'line', stroke: COLOURS.epciLine, width: 2, dashed: true },
    defaultVisible: true,
    listed: false,
    parts: [
      outline(COLOURS.epciLine, byZoom(1.2, 2.5), { dashed: true }),
      label(['get', 'nom'], 8, { maxzoom: 10.5, size: 12, colour: COLOURS.epciLine, fromLabelSource: true }),
    ],
  }),
  defineMapLayer({
    id: 'communes',
    group: 'contexte',
    source: SOURCE_IDS.communes,
    label: { fr: 'Communes', en: 'Municipalities' },
    swatch: { kind: 'line', stroke: COLOURS.communeLine, width: 1 },
    defaultVisible: true,
    listed: false,
    parts: [
      outline(COLOURS.communeLine, byZoom(0.5, 1.5)),
      label(['get', 'nom'], 10.5, { size: 12, colour: COLOURS.label, fromLabelSource: true }),
    ],
  }),
]
