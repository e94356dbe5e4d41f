import { describe, expect, it } from 'vitest'
import { searchPage } from './search-pages.ts'

describe('searchPage', () => {
  it('asks for the first ten results first', () => {
    expect(searchPage(0)).toEqual({ limit: 10, offset: 0 })
  })

  it('pages "voir tout" by fifty from the first result', () => {
    expect(searchPage(1)).toEqual({ limit: 50, offset: 0 })
    expect(searchPage(3)).toEqual({ limit: 50, offset: 100 })
  })
})
