import { type CollectionDefinition, type ItemsQuery, type Link, MEDIA_TYPES } from '@heritage-watch/shared'
import { exportAlternateLinks } from '../ogc/export-links.ts'
import { pagingLinks, selfAndAlternate } from '../ogc/links.ts'
import type { RequestContext } from './features.ts'

/** The links of a page of features: self, alternates (HTML, exports), paging and the collection. */
export function itemsLinks(
  collection: CollectionDefinition,
  context: RequestContext,
  query: ItemsQuery,
  returned: number,
  matched: number,
): Link[] {
  return [
    ...selfAndAlternate(
      context.base,
      context.path,
      context.query,
      MEDIA_TYPES.geojson,
      context.format,
      collection.title.fr,
    ),
    ...exportAlternateLinks(context, collection.title.fr),
    ...pagingLinks(context, { offset: query.offset, limit: query.limit, returned, matched }),
    collectionLink(collection, context.base),
  ]
}

/** The links of one feature asked by id: self, alternate and its collection. */
export function featureLinks(collection: CollectionDefinition, context: RequestContext, id: string): Link[] {
  return [
    ...selfAndAlternate(context.base, context.path, context.query, MEDIA_TYPES.geojson, context.format, id),
    collectionLink(collection, context.base),
  ]
}

/** The `self` link a feature carries inside a page. */
export function featureSelfLink(collection: CollectionDefinition, base: string, id: string): Link {
  const href = `${base}/collections/${collection.id}/items/${encodeURIComponent(id)}`
  return { href, rel: 'self', type: MEDIA_TYPES.geojson, title: id }
}

function collectionLink(collection: CollectionDefinition, base: string): Link {
  return {
    href: `${base}/collections/${collection.id}`,
    rel: 'collection',
    type: MEDIA_TYPES.json,
    title: collection.title.fr,
  }
}
