import type { SearchResponse } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { searchOptionKey, searchOptions } from './search-options.ts'

// Synthetic answers (test data, not the real layers).
function createAnswer(overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    query: 'cite',
    results: [
      {
        type: 'feature',
        collection: 'terrils',
        id: '74A',
        label: '11/19 de Lens Ouest',
        detail: 'Terril 74A',
        matchedOn: 'identifiant',
        roles: [
          { collection: 'terrils', id: '74A' },
          { collection: 'bien-inscrit-elements', id: '63AG' },
        ],
        bbox: [2.78, 50.45, 2.78, 50.45],
      },
      {
        type: 'address',
        id: 'synthetic-1',
        label: '1 Rue Synthétique 62000 Test',
        detail: '62000 Test',
        kind: 'housenumber',
        position: [2.8, 50.4],
        bbox: [2.8, 50.4, 2.8, 50.4],
      },
    ],
    total: 120,
    offset: 0,
    nextOffset: 10,
    addressService: 'ok',
    ...overrides,
  }
}

describe('searchOptions', () => {
  it('lists nothing before an answer', () => {
    expect(searchOptions(null, 0)).toEqual([])
  })

  it('offers "voir tout" after the first results when more follow', () => {
    const options = searchOptions(createAnswer(), 0)
    expect(options.map((option) => option.kind)).toEqual(['result', 'result', 'more'])
    expect(options[2]).toEqual({ kind: 'more', page: 1, total: 120 })
  })

  it('offers the previous page after the second, and no next one on the last', () => {
    const options = searchOptions(createAnswer({ nextOffset: null, offset: 100 }), 3)
    expect(options.map((option) => option.kind)).toEqual(['result', 'result', 'previous'])
    expect(options[2]).toEqual({ kind: 'previous', page: 2 })
  })

  it('keys addresses apart from features', () => {
    const keys = searchOptions(createAnswer(), 0).map(searchOptionKey)
    expect(keys).toEqual(['terrils/74A', 'address/synthetic-1', 'more'])
  })
})
