import { COLLECTIONS, type DcatCatalog, type GeotrekPois } from '@heritage-watch/shared'
import type { FeaturesRepo } from '../db/features-repo.ts'
import type { GeotrekRepo } from '../db/geotrek-repo.ts'
import type { MetadataContact } from '../metadata/contact.ts'
import { dcatCatalog } from '../metadata/dcat.ts'
import { collectionIsoRecord } from '../metadata/iso-19139.ts'
import { collectionResources } from '../metadata/resources.ts'
import { requireCollection } from './features.ts'

/**
 * Catalogue metadata for harvesters (issue 11 §5): an ISO 19139 record per collection, the DCAT-AP
 * catalogue of them all, and the Geotrek-admin POI export. Extents and dates come from the data.
 */
export function createCatalogueMetadataService(dependencies: {
  features: Pick<FeaturesRepo, 'summarize' | 'dataTimestamp'>
  geotrek: GeotrekRepo
  contact: MetadataContact
}) {
  const { features, geotrek, contact } = dependencies
  return {
    /**
     * The ISO 19139 XML record of a collection.
     * @param base the absolute base URL of the API
     * @throws NotFoundError for an unknown collection
     */
    async isoRecord(collectionId: string, base: string): Promise<string> {
      const collection = requireCollection(collectionId)
      const summary = await features.summarize(collection)
      return collectionIsoRecord({
        collection,
        bbox: summary.bbox,
        updated: await features.dataTimestamp(),
        contact,
        resources: collectionResources(collection, base),
        identifier: `${base}/collections/${encodeURIComponent(collection.id)}`,
      })
    },

    /** The DCAT-AP catalogue (JSON-LD) of every collection of the catalogue. */
    async catalog(base: string): Promise<DcatCatalog> {
      const summaries = []
      // One after the other: the embedded database answers one query at a time anyway.
      for (const collection of COLLECTIONS)
        summaries.push({ collection, bbox: (await features.summarize(collection)).bbox })
      return dcatCatalog(summaries, base, contact, await features.dataTimestamp())
    },

    /** Terrils, grands sites, sites at risk and property elements as Geotrek-admin POIs. */
    async geotrekPois(): Promise<GeotrekPois> {
      return { type: 'FeatureCollection', name: 'heritage-watch-pois', features: await geotrek.pois() }
    },
  }
}

export type CatalogueMetadataService = ReturnType<typeof createCatalogueMetadataService>
