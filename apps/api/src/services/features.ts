import {
  COLLECTIONS,
  type Collection,
  type CollectionDefinition,
  type Collections,
  CRS84,
  DATA_ATTRIBUTION,
  DATA_LICENCE,
  type Feature,
  type FeatureCollection,
  findCollection,
  type ItemsQuery,
  type LandingPage,
  MEDIA_TYPES,
  STORAGE_CRS,
  SUPPORTED_CRS,
  type SupportedCrs,
} from '@heritage-watch/shared'
import type { FeaturesRepo } from '../db/features-repo.ts'
import { ERROR_MESSAGES, NotFoundError } from '../errors.ts'
import { enclosureLinks } from '../ogc/export-links.ts'
import { selfAndAlternate } from '../ogc/links.ts'
import { collectionCatalogueLinks, landingCatalogueLinks } from '../ogc/catalogue-links.ts'
import { featureLinks, featureSelfLink, itemsLinks } from './feature-links.ts'

export interface RequestContext {
  base: string
  path: string
  query: Record<string, unknown>
  format: 'json' | 'html'
}

/**
 * Finds a collection of the catalogue.
 * @throws NotFoundError when there is none with that id
 */
export function requireCollection(id: string): CollectionDefinition {
  const collection = findCollection(id)
  if (!collection) throw new NotFoundError(ERROR_MESSAGES.collectionNotFound(id))
  return collection
}

/**
 * Checks a feature id against the collection's id pattern, before any query: an id of another shape
 * names no feature, which OGC API - Features Part 1 (§7.5.1) answers 404 like any missing one.
 * @throws NotFoundError when it cannot be an id of this collection
 */
export function requireFeatureId(collection: CollectionDefinition, featureId: string): void {
  if (!new RegExp(collection.featureIdPattern).test(featureId))
    throw new NotFoundError(ERROR_MESSAGES.featureNotFound(collection.id, featureId))
}

export function landingPage(context: RequestContext): LandingPage {
  const { base } = context
  return {
    title: 'Heritage-watch — Bassin minier du Nord-Pas-de-Calais',
    description:
      'Veille patrimoniale du Bassin minier du Nord-Pas-de-Calais, patrimoine mondial de l’UNESCO depuis 2012 : bien inscrit, zone tampon, chaîne des terrils, cités minières. OGC API - Features.',
    attribution: DATA_ATTRIBUTION,
    links: [
      ...selfAndAlternate(base, '/', context.query, MEDIA_TYPES.json, context.format, 'Page d’accueil'),
      {
        href: `${base}/api`,
        rel: 'service-desc',
        type: MEDIA_TYPES.openapi,
        title: 'Définition OpenAPI 3.0',
      },
      {
        href: `${base}/api.html`,
        rel: 'service-doc',
        type: MEDIA_TYPES.html,
        title: 'Documentation de l’API',
      },
      {
        href: `${base}/conformance`,
        rel: 'conformance',
        type: MEDIA_TYPES.json,
        title: 'Classes de conformité',
      },
      { href: `${base}/collections`, rel: 'data', type: MEDIA_TYPES.json, title: 'Collections' },
      { href: `${base}/app/`, rel: 'related', type: MEDIA_TYPES.html, title: 'Application web (carte)' },
      { href: DATA_LICENCE.url, rel: 'license', type: MEDIA_TYPES.html, title: DATA_LICENCE.name },
      ...landingCatalogueLinks(base),
    ],
  }
}

export function createFeaturesService(repo: FeaturesRepo) {
  async function describe(collection: CollectionDefinition, base: string): Promise<Collection> {
    const summary = await repo.summarize(collection)
    const path = `${base}/collections/${collection.id}`
    return {
      id: collection.id,
      title: collection.title.fr,
      description: collection.description.fr,
      titleEn: collection.title.en,
      descriptionEn: collection.description.en,
      group: collection.group,
      attribution: collection.sources
        .map((source) => source.producer)
        .filter(unique)
        .join(' ; '),
      links: [
        { href: path, rel: 'self', type: MEDIA_TYPES.json, title: collection.title.fr },
        { href: `${path}?f=html`, rel: 'alternate', type: MEDIA_TYPES.html, title: collection.title.fr },
        { href: `${path}/items`, rel: 'items', type: MEDIA_TYPES.geojson, title: 'Entités (GeoJSON)' },
        { href: `${path}/items?f=html`, rel: 'items', type: MEDIA_TYPES.html, title: 'Entités (HTML)' },
        {
          href: `${path}/queryables`,
          rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables',
          type: MEDIA_TYPES.jsonSchema,
          title: 'Propriétés filtrables',
        },
        { href: DATA_LICENCE.url, rel: 'license', type: MEDIA_TYPES.html, title: DATA_LICENCE.name },
        ...collection.sources.map((source) => ({
          href: source.url,
          rel: 'describedby',
          type: MEDIA_TYPES.html,
          title: `Source : ${source.dataset}`,
        })),
        ...collectionCatalogueLinks(path),
        ...enclosureLinks(path, summary.count),
      ],
      sources: collection.sources.map(({ id, producer, dataset, url }) => ({
        id,
        producer,
        dataset,
        url,
        licence: DATA_LICENCE,
      })),
      extent: {
        spatial: { bbox: summary.bbox ? [summary.bbox] : [], crs: CRS84 },
        ...(collection.temporal
          ? {
              temporal: {
                interval: [
                  [
                    summary.years.first ? `${summary.years.first}-01-01T00:00:00Z` : null,
                    summary.years.last ? `${summary.years.last}-12-31T23:59:59Z` : null,
                  ] as [string | null, string | null],
                ],
                trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian',
              },
            }
          : {}),
      },
      itemType: 'feature',
      crs: [...SUPPORTED_CRS],
      storageCrs: STORAGE_CRS,
      numberOfFeatures: summary.count,
    }
  }

  return {
    async collections(context: RequestContext): Promise<Collections> {
      const collections: Collection[] = []
      // One after the other: the embedded database answers one query at a time anyway.
      for (const collection of COLLECTIONS) collections.push(await describe(collection, context.base))
      return {
        links: selfAndAlternate(
          context.base,
          '/collections',
          context.query,
          MEDIA_TYPES.json,
          context.format,
          'Collections',
        ),
        collections,
      }
    },

    async collection(id: string, context: RequestContext): Promise<Collection> {
      const collection = requireCollection(id)
      const described = await describe(collection, context.base)
      // The catalogue-level self/alternate links become this request's own.
      const [, , ...rest] = described.links
      return {
        ...described,
        links: [
          ...selfAndAlternate(
            context.base,
            context.path,
            context.query,
            MEDIA_TYPES.json,
            context.format,
            collection.title.fr,
          ),
          ...rest,
        ],
      }
    },

    /** A page of a collection's features, read with the query its route's schema made. */
    async items(id: string, context: RequestContext, query: ItemsQuery): Promise<FeatureCollection> {
      const collection = requireCollection(id)
      const { features, numberMatched } = await repo.findItems(collection, query)
      const links = itemsLinks(collection, context, query, features.length, numberMatched)
      return {
        type: 'FeatureCollection',
        features: features.map((feature) => withFeatureLinks(feature, collection, context.base)),
        numberMatched,
        numberReturned: features.length,
        timeStamp: await repo.dataTimestamp(),
        links,
      }
    },

    async feature(
      id: string,
      featureId: string,
      crs: SupportedCrs,
      context: RequestContext,
    ): Promise<Feature> {
      const collection = requireCollection(id)
      requireFeatureId(collection, featureId)
      const feature = await repo.findFeature(collection, featureId, crs)
      if (!feature) throw new NotFoundError(ERROR_MESSAGES.featureNotFound(collection.id, featureId))
      return { ...feature, links: featureLinks(collection, context, feature.id) }
    },
  }
}

function withFeatureLinks(feature: Feature, collection: CollectionDefinition, base: string): Feature {
  return { ...feature, links: [featureSelfLink(collection, base, feature.id)] }
}

function unique<T>(value: T, index: number, values: T[]): boolean {
  return values.indexOf(value) === index
}

export type FeaturesService = ReturnType<typeof createFeaturesService>
