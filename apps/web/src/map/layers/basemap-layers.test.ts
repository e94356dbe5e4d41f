import { describe, expect, it } from 'vitest'
import { parseBasemap } from './basemap-layers.ts'

describe('parseBasemap', () => {
  it('reads the known basemaps', () => {
    expect(parseBasemap('osm')).toBe('osm')
    expect(parseBasemap(' Plan-IGN ')).toBe('plan-ign')
  })

  it('is off for anything else', () => {
    for (const value of [undefined, '', 'google', 42]) expect(parseBasemap(value)).toBe('none')
  })
})
