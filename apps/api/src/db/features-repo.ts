import type {
  CollectionDefinition,
  Feature,
  Geometry,
  ItemsQuery,
  SupportedCrs,
} from '@heritage-watch/shared'
import { collectionTable } from '../collections/collection-tables.ts'
import { statementName } from './statement-name.ts'
import type { Queryable } from './pool.ts'
import {
  type BuiltQuery,
  buildCollectionSummaryQuery,
  buildFeatureJsonQuery,
  buildFeatureQuery,
  buildItemsJsonQueries,
  buildItemsQueries,
} from './sql/features.sql.ts'

/** A feature as GeoJSON text written by PostgreSQL, ending with `}` (see featureJson in features.sql.ts). */
export interface FeatureJsonRow {
  id: string
  feature: string
}

/** Consecutive features of a page as one text, separated by commas (buildItemsJsonQueries). */
interface FeatureChunkRow {
  features: string
  returned: number
  /** The count of all matches, on the last chunk of a full page (null otherwise). */
  matched: number | null
}

/**
 * The query as a prepared statement (pg names it; each connection parses and plans it once). Only for
 * texts of a bounded set: a CQL2 filter, a property list or a sort makes a text of its own, left unnamed
 * so that connections do not pile up statements used once. The bench's floor runs its SQL the same way.
 */
export function prepared(query: BuiltQuery, bounded: boolean): BuiltQuery & { name?: string } {
  if (!bounded) return query
  let name = statementNames.get(query.text)
  if (name === undefined) {
    name = statementName('features', query.text)
    statementNames.set(query.text, name)
  }
  return { name, text: query.text, values: query.values }
}

/** Names of the bounded texts, so that a request looks its 3 kB text up instead of hashing it again. */
const statementNames = new Map<string, string>()

/**
 * Whether an items query's text is one of a bounded set, and so worth a prepared statement. One property
 * filter keeps it bounded (a text per filterable property of the collection, its value a parameter):
 * planned at each request, the filtered page of 168 mine shafts cost PostgreSQL 3.3 ms of CPU instead
 * of 2.3 (docs §26). Two or more are left unnamed: their subsets would multiply the texts.
 */
export const hasBoundedText = (query: ItemsQuery) =>
  !query.filter && !query.properties && query.sortby.length === 0 && query.filters.length <= 1

type FeatureRow = Record<string, unknown> & { id: string; __geometry: string | null }

export interface CollectionSummary {
  count: number
  /** CRS84 bounding box, or null when no feature has a geometry. */
  bbox: [number, number, number, number] | null
  years: { first: number | null; last: number | null }
}

function toFeature(row: FeatureRow): Feature {
  const { id, __geometry, ...properties } = row
  return {
    type: 'Feature',
    id,
    geometry: __geometry ? (JSON.parse(__geometry) as Geometry) : null,
    properties: properties as Feature['properties'],
  }
}

/**
 * Runs the feature queries of the OGC API and returns GeoJSON features made by PostGIS.
 * @param options.prepare names the stable queries (prepared statements); leave it off on the embedded
 *   database, whose single session outlives the socket connections pglite-socket multiplexes onto it: a
 *   new connection would prepare a name the session already holds (42P05)
 */
export function createFeaturesRepo(db: Queryable, options: { prepare?: boolean; rawText?: Queryable } = {}) {
  const prepare = options.prepare ?? false
  // The pages' chunks go to the socket as they are: read as raw bytes where a raw-text pool is given.
  const pages = options.rawText ?? db
  const encoding = options.rawText ? ('latin1' as const) : ('utf8' as const)
  return {
    /** A page of features and the number of all features that match. */
    async findItems(collection: CollectionDefinition, query: ItemsQuery) {
      const { page, count } = buildItemsQueries(collectionTable(collection.id), collection, query)
      const [rows, total] = await Promise.all([
        db.query<FeatureRow>(page.text, page.values),
        db.query<{ count: number }>(count.text, count.values),
      ])
      return { features: rows.rows.map(toFeature), numberMatched: total.rows[0]?.count ?? 0 }
    },

    /**
     * A page of features as chunks of GeoJSON text (each a comma-separated run of features), how many
     * features they hold, and the number of all features that match. The count query runs only when the
     * page cannot tell it: a page shorter than the limit holds the last match. With a raw-text pool the
     * chunks are binary strings of their UTF-8 bytes (`encoding: 'latin1'`, db/raw-text-pool.ts).
     */
    async findItemsJson(collection: CollectionDefinition, query: ItemsQuery) {
      const { page, count } = buildItemsJsonQueries(collectionTable(collection.id), collection, query)
      const bounded = prepare && hasBoundedText(query)
      const rows = (await pages.query<FeatureChunkRow>(prepared(page, bounded))).rows
      const returned = rows.reduce((sum, row) => sum + row.returned, 0)
      const lastPage = returned < query.limit && (returned > 0 || query.offset === 0)
      // Only a page past the last match (no rows) has to ask for the count on its own.
      const numberMatched = lastPage
        ? query.offset + returned
        : (rows.at(-1)?.matched ??
          (await db.query<{ count: number }>(prepared(count, bounded))).rows[0]?.count ??
          0)
      return { chunks: rows.map((row) => row.features), encoding, returned, numberMatched }
    },

    /** One feature as GeoJSON text, or undefined when the collection has no feature with that id. */
    async findFeatureJson(
      collection: CollectionDefinition,
      id: string,
      crs: SupportedCrs,
    ): Promise<FeatureJsonRow | undefined> {
      const query = buildFeatureJsonQuery(collectionTable(collection.id), collection, id, crs)
      return (await db.query<FeatureJsonRow>(prepared(query, prepare))).rows[0]
    },

    /** One feature, or undefined when the collection has no feature with that id. */
    async findFeature(
      collection: CollectionDefinition,
      id: string,
      crs: SupportedCrs,
    ): Promise<Feature | undefined> {
      const query = buildFeatureQuery(collectionTable(collection.id), collection, id, crs)
      const row = (await db.query<FeatureRow>(query.text, query.values)).rows[0]
      return row ? toFeature(row) : undefined
    },

    /**
     * When the data was last loaded: the `timeStamp` of feature collections. Using the data's time rather
     * than the clock keeps a response byte-identical while the data is unchanged, so ETags hold.
     */
    async dataTimestamp(): Promise<string> {
      const result = await db.query<{ loaded_at: Date | null }>(
        'SELECT max(loaded_at) AS loaded_at FROM data_load',
      )
      return (result.rows[0]?.loaded_at ?? new Date(0)).toISOString()
    },

    async summarize(collection: CollectionDefinition): Promise<CollectionSummary> {
      const query = buildCollectionSummaryQuery(collectionTable(collection.id), collection)
      const row = (
        await db.query<{
          count: number
          min_x: number | null
          min_y: number | null
          max_x: number | null
          max_y: number | null
          first_year: number | null
          last_year: number | null
        }>(query.text, query.values)
      ).rows[0]
      const bbox =
        row && row.min_x !== null && row.min_y !== null && row.max_x !== null && row.max_y !== null
          ? ([row.min_x, row.min_y, row.max_x, row.max_y] as [number, number, number, number])
          : null
      return {
        count: row?.count ?? 0,
        bbox,
        years: { first: row?.first_year ?? null, last: row?.last_year ?? null },
      }
    },
  }
}

export type FeaturesRepo = ReturnType<typeof createFeaturesRepo>
