import type { Collection } from '@heritage-watch/shared'

export interface CollectionGroupEntry {
  /** The `group` of the catalogue (`bien-inscrit`, `zone-tampon`, …). */
  group: string
  collections: Collection[]
}

/**
 * Groups collections by their `group`, keeping the catalogue's order: groups appear in the order of their
 * first collection, and collections keep their order inside a group.
 * @param collections the collections as the API lists them
 * @returns one entry a group; an empty array when there are no collections
 */
export function groupCollections(collections: readonly Collection[]): CollectionGroupEntry[] {
  const groups = new Map<string, Collection[]>()
  for (const collection of collections) {
    const members = groups.get(collection.group)
    if (members) members.push(collection)
    else groups.set(collection.group, [collection])
  }
  return [...groups].map(([group, members]) => ({ group, collections: members }))
}
