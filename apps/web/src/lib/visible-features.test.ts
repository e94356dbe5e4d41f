import { describe, expect, it } from 'vitest'
import { listVisibleFeatures, type RenderedFeature } from './visible-features.ts'

const feature = (collection: string, id: string | undefined, nom?: string): RenderedFeature => ({
  collection,
  id,
  properties: nom ? { nom } : {},
})
const labelOf = (entry: RenderedFeature & { id: string }) =>
  typeof entry.properties.nom === 'string' ? entry.properties.nom : entry.id

describe('listVisibleFeatures', () => {
  it('keeps one entry per collection and id', () => {
    const list = listVisibleFeatures(
      [
        feature('terrils', '74A', 'B'),
        feature('terrils', '74A', 'B'),
        feature('bien-inscrit-terrils', '74A', 'B'),
      ],
      labelOf,
      200,
      'fr',
    )
    expect(list.total).toBe(2)
    expect(list.items.map((item) => item.collection)).toEqual(['bien-inscrit-terrils', 'terrils'])
  })

  it('sorts by label with accents and numbers as people read them', () => {
    const list = listVisibleFeatures(
      [
        feature('c', '1', 'Fosse 10'),
        feature('c', '2', 'Église'),
        feature('c', '3', 'Fosse 9'),
        feature('c', '4', 'abattoir'),
      ],
      labelOf,
      200,
      'fr',
    )
    expect(list.items.map((item) => item.label)).toEqual(['abattoir', 'Église', 'Fosse 9', 'Fosse 10'])
  })

  it('skips features without an id', () => {
    expect(
      listVisibleFeatures([feature('c', undefined, 'x'), feature('c', '', 'y')], labelOf, 10, 'fr'),
    ).toEqual({
      items: [],
      total: 0,
    })
  })

  it('caps the list and still counts every feature', () => {
    const many = Array.from({ length: 250 }, (_, index) => feature('c', String(index), `Objet ${index}`))
    const list = listVisibleFeatures(many, labelOf, 200, 'fr')
    expect(list.items).toHaveLength(200)
    expect(list.total).toBe(250)
    expect(list.items[0]?.label).toBe('Objet 0')
  })
})
