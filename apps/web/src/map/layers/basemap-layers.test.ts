import type { Basemap } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { BASEMAP_SOURCE_ID, BASEMAP_UNDER_SOURCE_ID } from '../ids.ts'
import { basemapStyle } from './basemap-layers.ts'

// Synthetic test basemaps on a loopback address.
const basemap = (id: string, group: Basemap['group']): Basemap => ({
  id,
  group,
  label: id,
  tiles: [`http://127.0.0.1:9/${id}?BBOX={bbox-epsg-3857}`],
  tileSize: 256,
  maxzoom: 19,
  attribution: { text: `© ${id}`, url: 'http://127.0.0.1:9/' },
})
const today = basemap('ortho-ign', 'current')
const past = basemap('historique-1950', 'historical')

describe('basemapStyle', () => {
  it('adds nothing for the offline background', () => {
    expect(basemapStyle(undefined, { opacity: 1, swipe: false })).toEqual({ sources: [], layers: [] })
  })

  it('draws a current basemap faded, from its tiles', () => {
    const style = basemapStyle({ top: today }, { opacity: 0.3, swipe: false })
    expect(style.sources).toEqual([
      [BASEMAP_SOURCE_ID, { type: 'raster', tiles: today.tiles, tileSize: 256, maxzoom: 19 }],
    ])
    expect(style.layers[0]).toMatchObject({ paint: { 'raster-opacity': 0.75 } })
  })

  it('puts a historical basemap at the chosen opacity over today’s imagery', () => {
    const style = basemapStyle({ under: today, top: past }, { opacity: 0.4, swipe: false })
    expect(style.layers.map((layer) => layer.id)).toEqual([BASEMAP_UNDER_SOURCE_ID, BASEMAP_SOURCE_ID])
    expect(style.layers[1]).toMatchObject({
      layout: { visibility: 'visible' },
      paint: { 'raster-opacity': 0.4 },
    })
  })

  it('hides the historical layer while the swipe draws it in its own map', () => {
    const style = basemapStyle({ under: today, top: past }, { opacity: 1, swipe: true })
    expect(style.layers[1]).toMatchObject({ layout: { visibility: 'none' } })
  })
})
