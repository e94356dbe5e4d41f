import type { Collection } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { groupCollections } from './group-collections.ts'

function createCollection(id: string, group: string): Collection {
  return {
    id,
    title: id,
    description: '',
    titleEn: id,
    descriptionEn: '',
    group,
    attribution: '',
    links: [],
    itemType: 'feature',
    crs: [],
    storageCrs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84',
    numberOfFeatures: 0,
  }
}

const ids = (entries: ReturnType<typeof groupCollections>) =>
  entries.map((entry) => [entry.group, entry.collections.map((collection) => collection.id)])

describe('groupCollections', () => {
  it('returns no group for no collection', () => {
    expect(groupCollections([])).toEqual([])
  })

  it('orders groups by their first collection and keeps the order inside each group', () => {
    const collections = [
      createCollection('zone-tampon', 'zone-tampon'),
      createCollection('bien-inscrit-composantes', 'bien-inscrit'),
      createCollection('zone-tampon-terrils', 'zone-tampon'),
      createCollection('communes', 'contexte'),
      createCollection('bien-inscrit-batis', 'bien-inscrit'),
    ]
    expect(ids(groupCollections(collections))).toEqual([
      ['zone-tampon', ['zone-tampon', 'zone-tampon-terrils']],
      ['bien-inscrit', ['bien-inscrit-composantes', 'bien-inscrit-batis']],
      ['contexte', ['communes']],
    ])
  })

  it('does not change its input', () => {
    const collections = [createCollection('a', 'x'), createCollection('b', 'y'), createCollection('c', 'x')]
    const copy = structuredClone(collections)
    groupCollections(collections)
    expect(collections).toEqual(copy)
  })
})
