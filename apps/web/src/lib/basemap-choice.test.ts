import type { Basemap } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { basemapStack, initialBasemap, OFFLINE_BASEMAP } from './basemap-choice.ts'

// Synthetic test basemaps on a loopback address.
const basemap = (id: string, group: Basemap['group'] = 'current'): Basemap => ({
  id,
  group,
  label: id,
  tiles: [`http://127.0.0.1:9/${id}/{z}/{x}/{y}.png`],
  tileSize: 256,
  maxzoom: 19,
  attribution: { text: `© ${id}`, url: 'http://127.0.0.1:9/' },
})
const basemaps = [basemap('plan-ign'), basemap('ortho-ign'), basemap('historique-1950', 'historical')]

describe('initialBasemap', () => {
  it('takes the URL first, then the remembered choice, then the offline background', () => {
    expect(initialBasemap('osm', 'plan-ign', ['osm', 'plan-ign'])).toBe('osm')
    expect(initialBasemap(undefined, 'plan-ign', ['osm', 'plan-ign'])).toBe('plan-ign')
    expect(initialBasemap(undefined, null, ['osm'])).toBe(OFFLINE_BASEMAP)
  })

  it('honours an explicit offline choice in the URL over a remembered basemap', () => {
    expect(initialBasemap(OFFLINE_BASEMAP, 'osm', ['osm'])).toBe(OFFLINE_BASEMAP)
  })

  it('skips an id the server does not offer', () => {
    expect(initialBasemap('google', 'osm', ['osm'])).toBe('osm')
    expect(initialBasemap('google', 'bing', ['osm'])).toBe(OFFLINE_BASEMAP)
  })
})

describe('basemapStack', () => {
  it('puts today’s imagery under a historical basemap', () => {
    expect(basemapStack('historique-1950', basemaps, 'ortho-ign')).toEqual({
      under: basemaps[1],
      top: basemaps[2],
    })
  })

  it('draws a current basemap alone, and nothing for the offline background', () => {
    expect(basemapStack('plan-ign', basemaps, 'ortho-ign')).toEqual({ top: basemaps[0] })
    expect(basemapStack(OFFLINE_BASEMAP, basemaps, 'ortho-ign')).toBeUndefined()
  })

  it('draws a historical basemap alone when there is nothing to compare it with', () => {
    expect(basemapStack('historique-1950', basemaps, null)).toEqual({ top: basemaps[2] })
  })
})
