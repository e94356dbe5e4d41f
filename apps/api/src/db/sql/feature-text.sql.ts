import { type CollectionDefinition, CRS84, EPSG_2154, type SupportedCrs } from '@heritage-watch/shared'
import type { CollectionTable } from '../../collections/collection-tables.ts'
import { featureJson } from './feature-json.sql.ts'
import type { BuiltQuery } from './features.sql.ts'

// The stored copies of the features' GeoJSON texts (migration 0021, table feature_text): what the items
// pages read instead of writing each feature again at every request.

/** The CRSs whose texts are stored, by their key in feature_text.crs; EPSG:4326 is written each time. */
const STORED_CRS: Partial<Record<SupportedCrs, string>> = { [CRS84]: 'crs84', [EPSG_2154]: '2154' }

/** The feature_text.crs key of a CRS whose texts are stored, or undefined. */
export const storedCrsKey = (crs: SupportedCrs): string | undefined => STORED_CRS[crs]

/** Every stored CRS: what a refresh writes. */
export const STORED_CRSS = Object.keys(STORED_CRS) as SupportedCrs[]

/**
 * Writes the missing copies of a collection's features in a CRS. The table is locked in SHARE mode first
 * (the caller's transaction holds it to its end): a row changed by a concurrent writer would otherwise be
 * copied from the snapshot before its change, after its trigger had forgotten the old copy. Readers are
 * not blocked.
 */
export function refreshFeatureTextQueries(
  table: CollectionTable,
  collection: CollectionDefinition,
  crs: SupportedCrs,
): BuiltQuery[] {
  const key = storedCrsKey(crs)
  if (!key) throw new Error(`texts in ${crs} are not stored`)
  const where = table.where ? `(${table.where}) AND ` : ''
  return [
    { text: `LOCK TABLE ${table.table} IN SHARE MODE`, values: [] },
    {
      text: `INSERT INTO feature_text (collection, crs, id, source_table, feature)
        SELECT $1, $2, id, $3, ${featureJson(collection, undefined, crs)} FROM ${table.table} AS source
        WHERE ${where}NOT EXISTS (SELECT 1 FROM feature_text AS copy
          WHERE copy.collection = $1 AND copy.crs = $2 AND copy.id = source.id)`,
      values: [collection.id, key, table.table],
    },
  ]
}

/**
 * A page's features from the stored copies, each written anew when its copy is missing: the page's rows
 * (`pageText`, every column, sorted and limited) numbered in their order, each with its copy looked up
 * by its key (a lookup per row whatever the table's statistics: a join planned on none, as right after a
 * load, scanned every copy of the collection for each row).
 * @param values the page's values; the collection and the CRS key are added after them
 */
export function storedFeaturesSelect(
  pageText: string,
  values: unknown[],
  collection: CollectionDefinition,
  crs: SupportedCrs,
  key: string,
): string {
  values.push(collection.id, key)
  const [collectionParameter, crsParameter] = [values.length - 1, values.length]
  const stored = `(SELECT copy.feature FROM feature_text AS copy
      WHERE copy.collection = $${collectionParameter} AND copy.crs = $${crsParameter} AND copy.id = page.id)`
  return `SELECT coalesce(${stored}, ${featureJson(collection, undefined, crs)}) AS feature, page.__n AS n
    FROM (SELECT *, row_number() OVER () AS __n FROM (${pageText}) AS sorted) AS page`
}
