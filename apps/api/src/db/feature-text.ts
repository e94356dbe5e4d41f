import { COLLECTIONS } from '@heritage-watch/shared'
import { collectionTable } from '../collections/collection-tables.ts'
import type { Queryable } from './pool.ts'
import { refreshFeatureTextQueries, STORED_CRSS } from './sql/feature-text.sql.ts'

/**
 * Writes the stored GeoJSON texts that are missing (a new load, rows changed since, a new collection):
 * every public collection in every stored CRS. Run inside the caller's transaction (the data load),
 * which holds each table's SHARE lock to its end.
 * @returns how many texts were written
 */
export async function refreshFeatureTexts(db: Queryable): Promise<number> {
  let written = 0
  for (const collection of COLLECTIONS) {
    for (const crs of STORED_CRSS) {
      for (const query of refreshFeatureTextQueries(collectionTable(collection.id), collection, crs)) {
        written += (await db.query(query.text, query.values)).rowCount ?? 0
      }
    }
  }
  // The embedded database has no autovacuum to learn the new rows' statistics.
  if (written) await db.query('ANALYZE feature_text')
  return written
}
