import type { ExpressionSpecification } from 'maplibre-gl'
import type { StylePart } from './types.ts'

/** A width or size that grows with the zoom, from `low` at zoom 8 to `high` at zoom 15. */
export function byZoom(low: number, high: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 8, low, 15, high]
}

/** The feature id the tiles carry, as a string (a property `id`, else the MVT feature id). */
export const FEATURE_ID: ExpressionSpecification = ['to-string', ['coalesce', ['get', 'id'], ['id']]]

/** Local font names: without a `glyphs` URL MapLibre draws text with the browser's own fonts. */
export const TEXT_FONT = ['sans-serif']

/** A polygon fill. */
export function fill(colour: string, opacity: number, extra: Partial<StylePart> = {}): StylePart {
  return {
    part: 'fill',
    type: 'fill',
    paint: { 'fill-color': colour, 'fill-opacity': opacity },
    ...extra,
  } as StylePart
}

/**
 * Corners of lines: mitred while lines are thin, rounded from zoom 12 where they are wide enough to
 * show it. A round join adds a fan of triangles at every vertex, and without a GPU (software WebGL) the
 * outlines of the first view cost more than the fills (issue #3); at a pixel or two, nobody sees the
 * difference.
 */
export const LINE_JOIN: ExpressionSpecification = ['step', ['zoom'], 'miter', 12, 'round']

/** A polygon outline or a line, optionally dashed. */
export function outline(
  colour: string,
  width: ExpressionSpecification | number,
  { dashed = false, part = 'outline' }: { dashed?: boolean; part?: string } = {},
): StylePart {
  return {
    part,
    type: 'line',
    layout: { 'line-join': LINE_JOIN, 'line-cap': dashed ? 'butt' : 'round' },
    paint: { 'line-color': colour, 'line-width': width, ...(dashed ? { 'line-dasharray': [3, 2] } : {}) },
  }
}

/** A text label from a property, with a white halo, shown from `minzoom`. */
export function label(
  field: ExpressionSpecification,
  minzoom: number,
  { size = 12, colour = '#2f3337', maxzoom, part = 'label', fromLowZoomSource = false } = {} as {
    size?: number
    colour?: string
    maxzoom?: number
    part?: string
    fromLowZoomSource?: boolean
  },
): StylePart {
  return {
    part,
    type: 'symbol',
    minzoom,
    ...(fromLowZoomSource ? { fromLowZoomSource } : {}),
    ...(maxzoom !== undefined ? { maxzoom } : {}),
    layout: {
      'text-field': field,
      'text-font': TEXT_FONT,
      'text-size': size,
      'text-max-width': 8,
      'text-padding': 4,
    },
    paint: { 'text-color': colour, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  }
}
