import { COLOURS } from './layers/colours.ts'

/**
 * The map's two symbols as outlines in a 24×24 box, shared by the canvas images the map draws and the
 * SVG swatches of the legend, so both look the same.
 */
export type Point = readonly [number, number]

/** A warning triangle: red, white edge, white "!" (bar and dot). */
export const WARNING_SHAPE = {
  triangle: [
    [12, 1.5],
    [23, 21.5],
    [1, 21.5],
  ] as readonly Point[],
  bar: { x: 10.6, y: 7.5, width: 2.8, height: 8 },
  dot: { x: 12, y: 18.2, radius: 1.6 },
  fill: COLOURS.danger,
  edge: '#ffffff',
} as const

/** The corners of a five-pointed star centred in the 24×24 box. */
export function starPoints(outer = 11, inner = 4.6, centre: Point = [12, 12.6]): Point[] {
  return Array.from({ length: 10 }, (_, index) => {
    const radius = index % 2 === 0 ? outer : inner
    const angle = -Math.PI / 2 + (index * Math.PI) / 5
    return [centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)] as const
  })
}

export const STAR_STYLE = { fill: COLOURS.grandSite, edge: COLOURS.grandSiteLine } as const

/** The points as an SVG `points` attribute. */
export function svgPoints(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ')
}
