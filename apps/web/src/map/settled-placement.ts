/** The part of MapLibre's style that places symbols (a `maplibregl.Map`'s `style` has it, 5.x). */
export interface PlacingStyle {
  placement: { stale: boolean; hasTransitions(now: number): boolean }
  pauseablePlacement: { isDone(): boolean }
  _updatePlacement(
    transform: unknown,
    showCollisionBoxes: boolean,
    fadeDuration: number,
    crossSourceCollisions: boolean,
    forceFullPlacement?: boolean,
  ): boolean
}

/**
 * Saves the frame MapLibre draws again, identical, after every frame in which symbol tiles arrived
 * (issue 12, first map idle). When new symbol buckets come in, MapLibre marks the placement it has just
 * made stale, because a placement spread over several frames may have read them before they changed;
 * the next frame places every symbol again and only then may the map report `idle`. With no fade
 * (`fadeDuration: 0`, map-view.tsx) every placement is a full one made within the frame, after the new
 * buckets were indexed, so the stale mark only costs that second frame: with software WebGL a frame of
 * the default view is 0.3–0.4 s of CPU, and the stars of the grands sites arrive with the first view.
 * The mark is cleared only when this frame committed a new, complete placement without fading.
 * @returns a function that puts MapLibre's own placement back
 */
export function settlePlacementInOneFrame(style: PlacingStyle): () => void {
  const update = style._updatePlacement
  style._updatePlacement = function (this: PlacingStyle, ...args) {
    const before = style.placement
    const dirty = update.apply(style, args)
    const [, , fadeDuration] = args
    const committedNow = style.placement !== before && style.pauseablePlacement.isDone()
    if (!dirty || fadeDuration !== 0 || !committedNow || !style.placement.stale) return dirty
    style.placement.stale = false
    return style.placement.hasTransitions(performance.now())
  }
  return () => {
    style._updatePlacement = update
  }
}
