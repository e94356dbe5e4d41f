import { describe, expect, it } from 'vitest'
import { parseUrlState, sameFeature, serializeUrlState, type UrlState } from './url-state.ts'

const vocabulary = {
  layerIds: ['zone-tampon', 'terrils-classement', 'puits', 'communes'],
  collectionIds: ['terrils', 'zone-tampon', 'bien-inscrit-elements'],
}

describe('serializeUrlState and parseUrlState', () => {
  it('round-trips a full state', () => {
    const state: UrlState = {
      view: { zoom: 12.25, lat: 50.42345, lon: 2.78912 },
      layers: ['zone-tampon', 'puits'],
      selection: { collection: 'terrils', id: '74A' },
    }
    const search = serializeUrlState(state)
    expect(search).toBe('?carte=12.25/50.42345/2.78912&couches=zone-tampon,puits&objet=terrils/74A')
    expect(parseUrlState(search, vocabulary)).toEqual(state)
  })

  it('carries the basemap as fond= and leaves out an id the pattern refuses', () => {
    const search = serializeUrlState({ layers: ['puits'], basemap: 'historique-1949-1955' })
    expect(search).toBe('?couches=puits&fond=historique-1949-1955')
    expect(parseUrlState(search, vocabulary).basemap).toBe('historique-1949-1955')
    for (const bad of ['fond=', 'fond=Plan%20IGN', 'fond=-osm', `fond=${'a'.repeat(41)}`])
      expect(parseUrlState(bad, vocabulary).basemap).toBeUndefined()
  })

  it('round-trips an empty state and an empty layer list', () => {
    expect(serializeUrlState({})).toBe('')
    expect(parseUrlState('', vocabulary)).toEqual({})
    expect(parseUrlState(serializeUrlState({ layers: [] }), vocabulary)).toEqual({ layers: [] })
  })

  it('rounds the view to 2 decimals of zoom and 5 of a degree', () => {
    expect(serializeUrlState({ view: { zoom: 9.123456, lat: 50.1234567, lon: 2.7654321 } })).toBe(
      '?carte=9.12/50.12346/2.76543',
    )
  })

  it('escapes what the query string cannot hold', () => {
    const state: UrlState = { selection: { collection: 'terrils', id: 'a&b c' } }
    expect(serializeUrlState(state)).toBe('?objet=terrils/a%26b%20c')
    expect(parseUrlState(serializeUrlState(state), vocabulary)).toEqual(state)
  })
})

describe('parseUrlState', () => {
  it('accepts the parameters in any order, with or without "?"', () => {
    expect(parseUrlState('objet=zone-tampon/3&carte=10/50.4/2.9', vocabulary)).toEqual({
      view: { zoom: 10, lat: 50.4, lon: 2.9 },
      selection: { collection: 'zone-tampon', id: '3' },
    })
  })

  it('leaves out a malformed or out-of-range view', () => {
    for (const view of ['10/50.4', 'a/b/c', '10/95/2', '30/50/2', '10//2', '10/50/200'])
      expect(parseUrlState(`?carte=${view}`, vocabulary).view).toBeUndefined()
  })

  it('keeps known layers only, in the registry order, once each', () => {
    expect(parseUrlState('?couches=puits,nope,zone-tampon,puits', vocabulary).layers).toEqual([
      'zone-tampon',
      'puits',
    ])
  })

  it('ignores a selection of an unknown collection or without an id', () => {
    for (const selection of ['nope/1', 'terrils', 'terrils/', '/74A'])
      expect(parseUrlState(`?objet=${selection}`, vocabulary).selection).toBeUndefined()
  })
})

describe('sameFeature', () => {
  it('compares collection and id', () => {
    expect(sameFeature({ collection: 'terrils', id: '1' }, { collection: 'terrils', id: '1' })).toBe(true)
    expect(sameFeature({ collection: 'terrils', id: '1' }, { collection: 'terrils', id: '2' })).toBe(false)
    expect(sameFeature(null, undefined)).toBe(true)
    expect(sameFeature(null, { collection: 'terrils', id: '1' })).toBe(false)
  })
})
