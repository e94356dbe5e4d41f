import type { CollectionDefinition, TileCoordinates } from '@heritage-watch/shared'
import type { Feature, Geometry } from 'geojson'
import { collectionTable } from '../collections/collection-tables.ts'
import { encodeTile } from '../tiles/fallback-encoder.ts'
import { tileQueryValues } from '../tiles/tile-grid.ts'
import type { Queryable } from './pool.ts'
import {
  buildFallbackFeaturesQuery,
  buildMvtTileQuery,
  DATA_VERSION,
  MVT_ENGINE_PROBE,
} from './sql/tiles.sql.ts'

/** Who encodes tiles: PostGIS's ST_AsMVT, or geojson-vt in the API where PostGIS lacks it (PGlite). */
export type TileEngine = 'st-asmvt' | 'fallback'

const engines = new WeakMap<Queryable, Promise<TileEngine>>()

/** PGlite's PostGIS raises "Compiled without protobuf-c support"; a PostGIS without the function, 42883. */
function lacksMvt(error: unknown): boolean {
  const { message, code } = error as { message?: string; code?: string }
  return code === '42883' || /protobuf/i.test(message ?? '')
}

async function probeEngine(db: Queryable): Promise<TileEngine> {
  try {
    // Outside a transaction a failed statement costs nothing, even on pglite-socket's shared session.
    await db.query(MVT_ENGINE_PROBE)
    return 'st-asmvt'
  } catch (error) {
    if (lacksMvt(error)) return 'fallback'
    throw error
  }
}

/**
 * The engine of a pool, probed once and remembered for that pool. A probe that fails for another
 * reason (the database is down) is thrown and not remembered, so the next tile probes again.
 */
function tileEngine(db: Queryable): Promise<TileEngine> {
  let engine = engines.get(db)
  if (!engine) {
    engine = probeEngine(db)
    engines.set(db, engine)
    engine.catch(() => engines.delete(db))
  }
  return engine
}

/** A tile made by ST_AsMVT; an empty buffer when no feature reaches it. */
export async function buildMvtTile(
  db: Queryable,
  collection: CollectionDefinition,
  coordinates: TileCoordinates,
): Promise<Buffer> {
  const query = buildMvtTileQuery(collectionTable(collection.id), collection, tileQueryValues(coordinates))
  const result = await db.query<{ mvt: Buffer | null }>(query.text, query.values)
  return result.rows[0]?.mvt ?? Buffer.alloc(0)
}

/**
 * The same tile made by the fallback: the features as GeoJSON from PostGIS, encoded by geojson-vt and
 * vt-pbf. Exported so that a test can compare it with ST_AsMVT on the same database.
 * @returns the encoded tile, empty when no feature reaches it
 */
export async function buildFallbackTile(
  db: Queryable,
  collection: CollectionDefinition,
  coordinates: TileCoordinates,
): Promise<Buffer> {
  const table = collectionTable(collection.id)
  const query = buildFallbackFeaturesQuery(table, collection, tileQueryValues(coordinates))
  const result = await db.query<Record<string, unknown> & { __geometry: string | null }>(
    query.text,
    query.values,
  )
  const features: Feature[] = result.rows.flatMap(({ __geometry, ...properties }) =>
    __geometry ? [{ type: 'Feature', geometry: JSON.parse(__geometry) as Geometry, properties }] : [],
  )
  // A copy, not a view: vt-pbf's bytes sit in a larger buffer that the tile cache would otherwise keep.
  return Buffer.from(encodeTile(collection.id, features, coordinates))
}

/** Makes vector tiles with whichever engine the database offers; callers never learn which one ran. */
export function createTilesRepo(db: Queryable) {
  return {
    /** Which engine this database uses (for tests and logs; tiles do not depend on it). */
    engine: () => tileEngine(db),

    /**
     * The version of the data, to key cached tiles: it changes whenever the data may have changed.
     * Today only data loads write; a later writer (alerts…) extends this one function.
     */
    async dataVersion(): Promise<number> {
      const result = await db.query<{ version: number }>(DATA_VERSION)
      return Number(result.rows[0]?.version ?? 0)
    },

    /** The encoded tile of a collection; an empty buffer when no feature reaches it. */
    async tile(collection: CollectionDefinition, coordinates: TileCoordinates): Promise<Buffer> {
      const engine = await tileEngine(db)
      return engine === 'st-asmvt'
        ? buildMvtTile(db, collection, coordinates)
        : buildFallbackTile(db, collection, coordinates)
    },
  }
}

export type TilesRepo = ReturnType<typeof createTilesRepo>
