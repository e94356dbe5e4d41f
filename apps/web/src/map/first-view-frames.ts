/** The part of MapLibre's map that spacing the first view's frames needs (a `maplibregl.Map` has it). */
export interface RepaintingMap {
  triggerRepaint(): void
  areTilesLoaded(): boolean
  once(type: 'idle' | 'movestart', listener: () => void): unknown
}

interface FirstViewFrameOptions {
  /** Least time between two frames drawn while the first view's tiles load: the map still shows progress. */
  intervalMs: number
  /** Past this, frames are never spaced again, even if the first view never completes (a hung tile). */
  maxMs: number
}

const FIRST_VIEW_FRAMES: FirstViewFrameOptions = { intervalMs: 1000, maxMs: 10_000 }

/**
 * Draws the first view at most once a second while its tiles load, and at once when the last one is in
 * (issue 12, first map idle). MapLibre asks for a frame whenever a tile arrives; with software WebGL
 * a frame of the default view costs the GPU process about 0.4 s of CPU (0.06 s with the background
 * alone), on the same two cores that parse and serve the tiles, and the first view drew 5–8 of them,
 * all but the last two of a half-drawn map. A frame asked for while a tile of the view is loading waits
 * until `intervalMs` after the last frame drawn; once every tile is in, frames are drawn as asked (the
 * whole view, then symbol placement). Ends for good on the first `idle`, on the first move (a user's or a
 * test's) and after `maxMs`: later views draw as MapLibre always did.
 * @returns a function that ends the spacing without drawing (the map's removal)
 */
export function spaceFirstViewFrames(
  map: RepaintingMap,
  { intervalMs, maxMs }: FirstViewFrameOptions = FIRST_VIEW_FRAMES,
): () => void {
  const repaint = map.triggerRepaint.bind(map)
  let spacing = true
  let lastFrame = Number.NEGATIVE_INFINITY
  let pending: ReturnType<typeof setTimeout> | undefined
  const draw = () => {
    clearTimeout(pending)
    pending = undefined
    lastFrame = performance.now()
    repaint()
  }
  map.triggerRepaint = () => {
    if (!spacing || map.areTilesLoaded()) return draw()
    const wait = lastFrame + intervalMs - performance.now()
    if (wait <= 0) draw()
    else pending ??= setTimeout(draw, wait)
  }
  const stop = () => {
    spacing = false
    clearTimeout(end)
  }
  // A frame still waiting is drawn now: nothing else might ask for it again.
  const release = () => {
    if (!spacing) return
    stop()
    if (pending !== undefined) draw()
  }
  const end = setTimeout(release, maxMs)
  map.once('idle', release)
  map.once('movestart', release)
  return () => {
    stop()
    clearTimeout(pending)
  }
}
