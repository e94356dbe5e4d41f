import { findCollection, itemsQuerySchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { hasBoundedText } from './features-repo.ts'

// Which items queries get a prepared statement (docs §26): only texts of a bounded set.
const query = (parameters: Record<string, string>) =>
  itemsQuerySchema(findCollection('puits-de-mines')!).parse(parameters)

describe('hasBoundedText', () => {
  it('names a page with a bbox, a CRS, paging or one property filter', () => {
    expect(hasBoundedText(query({ limit: '1000' }))).toBe(true)
    expect(hasBoundedText(query({ bbox: '1.5,50,4,51', offset: '100' }))).toBe(true)
    expect(hasBoundedText(query({ compagnie: "Compagnie d'Anzin", limit: '1000' }))).toBe(true)
  })

  it('leaves unnamed two property filters, a CQL2 filter, a property list or a sort', () => {
    expect(hasBoundedText(query({ compagnie: "Compagnie d'Anzin", fosse: 'Arenberg' }))).toBe(false)
    expect(hasBoundedText(query({ filter: "fosse = 'Arenberg'" }))).toBe(false)
    expect(hasBoundedText(query({ properties: 'fosse' }))).toBe(false)
    expect(hasBoundedText(query({ sortby: 'fosse' }))).toBe(false)
  })
})
