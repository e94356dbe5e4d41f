import { MAP_IMAGE_IDS } from './ids.ts'
import { COLOURS } from './layers/colours.ts'
import { type Point, STAR_STYLE, starPoints, WARNING_SHAPE } from './icon-shapes.ts'

/** Images are drawn at twice their size on the map, so they stay sharp on high-density screens. */
const PIXEL_RATIO = 2

export interface MapImage {
  data: ImageData
  pixelRatio: number
}

function canvas(size: number): CanvasRenderingContext2D {
  const element = document.createElement('canvas')
  element.width = size * PIXEL_RATIO
  element.height = size * PIXEL_RATIO
  const context = element.getContext('2d')
  if (!context) throw new Error('a 2D canvas is required to draw the map symbols')
  context.scale(PIXEL_RATIO, PIXEL_RATIO)
  return context
}

function polygon(context: CanvasRenderingContext2D, points: readonly Point[]): void {
  context.beginPath()
  points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x, y) : context.lineTo(x, y)))
  context.closePath()
}

const finish = (context: CanvasRenderingContext2D): MapImage => ({
  data: context.getImageData(0, 0, context.canvas.width, context.canvas.height),
  pixelRatio: PIXEL_RATIO,
})

function drawWarning(): MapImage {
  const context = canvas(24)
  const { triangle, bar, dot } = WARNING_SHAPE
  polygon(context, triangle)
  context.lineJoin = 'round'
  context.lineWidth = 2.5
  context.strokeStyle = WARNING_SHAPE.edge
  context.fillStyle = WARNING_SHAPE.fill
  context.stroke()
  context.fill()
  context.fillStyle = WARNING_SHAPE.edge
  context.fillRect(bar.x, bar.y, bar.width, bar.height)
  context.beginPath()
  context.arc(dot.x, dot.y, dot.radius, 0, 2 * Math.PI)
  context.fill()
  return finish(context)
}

function drawStar(): MapImage {
  const context = canvas(24)
  polygon(context, starPoints())
  context.lineJoin = 'round'
  context.lineWidth = 1.6
  context.fillStyle = STAR_STYLE.fill
  context.strokeStyle = STAR_STYLE.edge
  context.fill()
  context.stroke()
  return finish(context)
}

/** Diagonal hatching for terrils partly in the site classé: never a solid fill, so never read as "classé". */
function drawPartialHatch(): MapImage {
  const size = 8
  const context = canvas(size)
  context.fillStyle = COLOURS.terrilPartialBack
  context.fillRect(0, 0, size, size)
  context.strokeStyle = COLOURS.terrilListed
  context.lineWidth = 1.5
  context.beginPath()
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size)
    context.lineTo(offset + size, 0)
  }
  context.stroke()
  return finish(context)
}

const DRAWINGS: Record<string, () => MapImage> = {
  [MAP_IMAGE_IDS.warning]: drawWarning,
  [MAP_IMAGE_IDS.star]: drawStar,
  [MAP_IMAGE_IDS.partialHatch]: drawPartialHatch,
}

/**
 * Draws one of the map's images (warning triangle, star, hatching) on a canvas: no sprite file, no network.
 * @returns undefined for an id the app does not draw
 */
export function drawMapImage(id: string): MapImage | undefined {
  return DRAWINGS[id]?.()
}
