import type { ItemsQuery, SupportedCrs } from '@heritage-watch/shared'
import type { DataVersion } from '../db/data-version.ts'
import type { FeatureJsonRow, FeaturesRepo } from '../db/features-repo.ts'
import { ERROR_MESSAGES, NotFoundError } from '../errors.ts'
import { featureLinks, itemsLinks } from './feature-links.ts'
import { type RequestContext, requireCollection, requireFeatureId } from './features.ts'

/**
 * A FeatureCollection as text, in three parts so that a big one can be streamed: `head` opens it (counts,
 * timeStamp, links, `"features":[`), each of `chunks` is a comma-separated run of features' GeoJSON,
 * `tail` closes it.
 */
export interface FeaturePage {
  head: string
  chunks: string[]
  /** `latin1`: the chunks are binary strings of the UTF-8 bytes (db/raw-text-pool.ts); else text. */
  encoding?: 'latin1' | 'utf8'
  tail: string
}

/** A feature's GeoJSON text (from PostgreSQL, ending with `}`) with its links put in before the end. */
function withLinks(row: FeatureJsonRow, links: unknown[]): string {
  return `${row.feature.slice(0, -1)},"links":${JSON.stringify(links)}}`
}

/**
 * The GeoJSON answers of the public collections as text: PostgreSQL writes every feature, Node only adds
 * the links, so no geometry is parsed or serialised again (issue 12, docs/architecture.md §26).
 */
export function createFeaturePagesService(repo: FeaturesRepo, dataVersion?: DataVersion) {
  // The timeStamp is the data's load time: asked once per data version, not once per page.
  let loaded: { version: number; timeStamp: Promise<string> } | undefined
  async function timeStamp(): Promise<string> {
    if (!dataVersion) return repo.dataTimestamp()
    const version = await dataVersion.current()
    if (loaded?.version !== version) {
      const entry = { version, timeStamp: repo.dataTimestamp() }
      loaded = entry
      entry.timeStamp.catch(() => {
        if (loaded === entry) loaded = undefined
      })
    }
    return loaded.timeStamp
  }

  return {
    /** A page of a collection's features, read with the query its route's schema made. */
    async page(id: string, context: RequestContext, query: ItemsQuery): Promise<FeaturePage> {
      const collection = requireCollection(id)
      const { chunks, encoding, returned, numberMatched } = await repo.findItemsJson(collection, query)
      const links = itemsLinks(collection, context, query, returned, numberMatched)
      const head =
        `{"type":"FeatureCollection","numberMatched":${numberMatched},"numberReturned":${returned},` +
        `"timeStamp":${JSON.stringify(await timeStamp())},"links":${JSON.stringify(links)},"features":[`
      // Features of a page carry no links of their own: each one's URL is the collection's items URL and
      // its id, and one feature asked by id has its links. Node adds nothing per feature (§26).
      return { head, chunks, encoding, tail: ']}' }
    },

    /**
     * One feature's GeoJSON text.
     * @throws NotFoundError when the collection has no feature with that id
     */
    async feature(
      id: string,
      featureId: string,
      crs: SupportedCrs,
      context: RequestContext,
    ): Promise<string> {
      const collection = requireCollection(id)
      requireFeatureId(collection, featureId)
      const row = await repo.findFeatureJson(collection, featureId, crs)
      if (!row) throw new NotFoundError(ERROR_MESSAGES.featureNotFound(collection.id, featureId))
      return withLinks(row, featureLinks(collection, context, row.id))
    },
  }
}

export type FeaturePagesService = ReturnType<typeof createFeaturePagesService>
