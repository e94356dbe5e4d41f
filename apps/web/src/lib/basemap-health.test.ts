import { describe, expect, it } from 'vitest'
import { type BasemapTileEvent, FAILED_AFTER_ERRORS, HEALTHY, nextHealth } from './basemap-health.ts'

const after = (events: BasemapTileEvent[]) => events.reduce(nextHealth, HEALTHY)
const times = (count: number, event: BasemapTileEvent) => Array<BasemapTileEvent>(count).fill(event)

describe('nextHealth', () => {
  it('fails a service whose tiles all fail', () => {
    expect(after(times(FAILED_AFTER_ERRORS - 1, 'tile-error')).failed).toBe(false)
    expect(after(times(FAILED_AFTER_ERRORS, 'tile-error')).failed).toBe(true)
  })

  it('keeps a service that answers most tiles (a few off its coverage fail)', () => {
    expect(after([...times(10, 'tile-loaded'), ...times(4, 'tile-error')]).failed).toBe(false)
  })

  it('fails on the timeout only when no tile came', () => {
    expect(after(['timeout']).failed).toBe(true)
    expect(after(['tile-loaded', 'timeout']).failed).toBe(false)
  })

  it('stays failed: tiles arriving late do not bring it back', () => {
    const failed = after(['timeout'])
    expect(nextHealth(failed, 'tile-loaded')).toBe(failed)
  })
})
