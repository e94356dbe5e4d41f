import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type RepaintingMap, spaceFirstViewFrames } from './first-view-frames.ts'

const OPTIONS = { intervalMs: 1000, maxMs: 10_000 }

/** A stand-in for MapLibre's map: counts the frames asked for; its tiles load when the test says. */
function createMap() {
  const listeners = new Map<string, () => void>()
  const state = { tilesLoaded: true, frames: 0 }
  const map: RepaintingMap & { fire(type: string): void } = {
    triggerRepaint: () => {
      state.frames += 1
    },
    areTilesLoaded: () => state.tilesLoaded,
    once(type, listener) {
      listeners.set(type, listener)
    },
    fire(type) {
      listeners.get(type)?.()
      listeners.delete(type)
    },
  }
  return { map, state }
}

/** The map after the frame that asks for the first view's tiles, which are now loading. */
function createLoadingMap() {
  const created = createMap()
  spaceFirstViewFrames(created.map, OPTIONS)
  created.map.triggerRepaint()
  created.state.tilesLoaded = false
  return created
}

describe('spaceFirstViewFrames', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('draws the frame that asks for the tiles, then one a second at most while they load', () => {
    const { map, state } = createLoadingMap()
    expect(state.frames).toBe(1)
    map.triggerRepaint()
    map.triggerRepaint()
    vi.advanceTimersByTime(999)
    expect(state.frames).toBe(1)
    vi.advanceTimersByTime(1)
    expect(state.frames).toBe(2)
    vi.advanceTimersByTime(5000)
    expect(state.frames).toBe(2)
  })

  it('draws at once when the last tile asks, and not again when the spaced frame was due', () => {
    const { map, state } = createLoadingMap()
    map.triggerRepaint()
    state.tilesLoaded = true
    map.triggerRepaint()
    expect(state.frames).toBe(2)
    vi.advanceTimersByTime(1000)
    expect(state.frames).toBe(2)
  })

  it('spaces nothing once the first idle came', () => {
    const { map, state } = createLoadingMap()
    map.fire('idle')
    map.triggerRepaint()
    map.triggerRepaint()
    expect(state.frames).toBe(3)
  })

  it('ends at the first move, drawing the frame that was waiting', () => {
    const { map, state } = createLoadingMap()
    map.triggerRepaint()
    map.fire('movestart')
    expect(state.frames).toBe(2)
    map.triggerRepaint()
    expect(state.frames).toBe(3)
  })

  it('ends after the longest time even if a tile never comes', () => {
    const { map, state } = createLoadingMap()
    vi.advanceTimersByTime(10_000)
    map.triggerRepaint()
    map.triggerRepaint()
    expect(state.frames).toBe(3)
  })

  it('draws nothing more once the map is removed', () => {
    const created = createMap()
    const stop = spaceFirstViewFrames(created.map, OPTIONS)
    created.map.triggerRepaint()
    created.state.tilesLoaded = false
    created.map.triggerRepaint()
    stop()
    vi.advanceTimersByTime(10_000)
    expect(created.state.frames).toBe(1)
  })
})
