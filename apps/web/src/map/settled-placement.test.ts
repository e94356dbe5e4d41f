import { describe, expect, it } from 'vitest'
import { type PlacingStyle, settlePlacementInOneFrame } from './settled-placement.ts'

interface FakePlacement {
  stale: boolean
  hasTransitions(now: number): boolean
}

const createPlacement = (stale: boolean): FakePlacement => ({
  stale,
  hasTransitions() {
    return this.stale
  },
})

/**
 * A style whose `_updatePlacement` does what MapLibre's does in the frame new symbol buckets arrive:
 * commits a new placement (or keeps the old one) and marks it stale, then says whether to draw again.
 */
function createStyle({ commits = true, done = true } = {}) {
  const style: PlacingStyle & { calls: number } = {
    calls: 0,
    placement: createPlacement(false),
    pauseablePlacement: { isDone: () => done },
    _updatePlacement() {
      style.calls += 1
      if (commits) style.placement = createPlacement(false)
      style.placement.stale = true
      return !done || style.placement.hasTransitions(0)
    },
  }
  return style
}

describe('settlePlacementInOneFrame', () => {
  it('asks no second frame when the frame committed a full placement without fading', () => {
    const style = createStyle()
    settlePlacementInOneFrame(style)
    expect(style._updatePlacement({}, false, 0, true)).toBe(false)
    expect(style.placement.stale).toBe(false)
    expect(style.calls).toBe(1)
  })

  it('leaves a fading placement to MapLibre', () => {
    const style = createStyle()
    settlePlacementInOneFrame(style)
    expect(style._updatePlacement({}, false, 300, true)).toBe(true)
    expect(style.placement.stale).toBe(true)
  })

  it('leaves a placement still in progress, or none committed in this frame, to MapLibre', () => {
    const paused = createStyle({ done: false })
    settlePlacementInOneFrame(paused)
    expect(paused._updatePlacement({}, false, 0, true)).toBe(true)
    const kept = createStyle({ commits: false })
    settlePlacementInOneFrame(kept)
    expect(kept._updatePlacement({}, false, 0, true)).toBe(true)
    expect(kept.placement.stale).toBe(true)
  })

  it('puts MapLibre’s placement back when ended', () => {
    const style = createStyle()
    const original = style._updatePlacement
    const end = settlePlacementInOneFrame(style)
    end()
    expect(style._updatePlacement).toBe(original)
    expect(style._updatePlacement({}, false, 0, true)).toBe(true)
  })
})
