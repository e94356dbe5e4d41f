import { describe, expect, it } from 'vitest'
import { pagingLinks } from './links.ts'

const request = { base: 'http://test', path: '/collections/alertes/items', query: { bbox: '1,2,3,4' } }
const rels = (links: { rel: string; href: string }[]) => links.map((link) => `${link.rel} ${link.href}`)

describe('pagingLinks', () => {
  it('has a next link while matches remain after the page, and a prev link past the first', () => {
    expect(rels(pagingLinks(request, { offset: 0, limit: 2, returned: 2, matched: 5 }))).toEqual([
      'next http://test/collections/alertes/items?bbox=1%2C2%2C3%2C4&offset=2&limit=2',
    ])
    expect(rels(pagingLinks(request, { offset: 4, limit: 2, returned: 1, matched: 5 }))).toEqual([
      'prev http://test/collections/alertes/items?bbox=1%2C2%2C3%2C4&offset=2&limit=2',
    ])
    expect(pagingLinks(request, { offset: 0, limit: 2, returned: 2, matched: 2 })).toEqual([])
  })

  it('with an unknown count, has a next link after a whole page only', () => {
    expect(pagingLinks(request, { offset: 0, limit: 2, returned: 2, matched: undefined })).toHaveLength(1)
    expect(pagingLinks(request, { offset: 0, limit: 2, returned: 1, matched: undefined })).toEqual([])
  })
})
