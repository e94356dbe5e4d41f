import { describe, expect, it } from 'vitest'
import basemapsEn from './watch/basemaps-en.json'
import basemapsFr from './watch/basemaps-fr.json'

describe('basemap menu translations', () => {
  it('has the same keys in French and English, under the one key "basemap"', () => {
    expect(Object.keys(basemapsFr)).toEqual(['basemap'])
    expect(Object.keys(basemapsEn.basemap).sort()).toEqual(Object.keys(basemapsFr.basemap).sort())
  })

  it('keeps the interpolations of each text', () => {
    const slots = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()
    for (const [key, french] of Object.entries(basemapsFr.basemap))
      expect(slots(basemapsEn.basemap[key as keyof typeof basemapsEn.basemap]), key).toEqual(slots(french))
  })
})
