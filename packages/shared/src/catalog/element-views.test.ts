import { describe, expect, it } from 'vitest'
import { findCollection } from './collections.ts'
import { ELEMENT_VIEW_CATEGORIES, ELEMENT_VIEWS_OF } from './element-views.ts'

describe('element views', () => {
  it('names collections of the catalogue, views of one that has the filtered property and its values', () => {
    const parent = findCollection(ELEMENT_VIEWS_OF.collection)
    const property = parent?.properties.find((candidate) => candidate.name === ELEMENT_VIEWS_OF.property)
    expect(property).toBeDefined()
    for (const [collection, value] of Object.entries(ELEMENT_VIEW_CATEGORIES)) {
      expect(findCollection(collection), collection).toBeDefined()
      if (property?.enum) expect(property.enum, collection).toContain(value)
    }
  })
})
