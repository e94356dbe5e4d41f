import type { CollectionDefinition, Feature, ItemsQuery } from '@heritage-watch/shared'
import { collectionTable } from '../collections/collection-tables.ts'
import type { Queryable } from './pool.ts'
import {
  buildExportBatchQuery,
  GEOMETRIES_FROM_GEOJSON,
  SPATIAL_REF_SYS_DEFINITION,
} from './sql/feature-export.sql.ts'
import { buildItemsQueries } from './sql/features.sql.ts'

/** Rows read per query: an export never holds more than this in memory before writing it out. */
const BATCH_SIZE = 500

/** A feature as a file export writes it: its properties, and its geometry as WKT and as WKB. */
export interface ExportRow {
  id: string
  properties: Record<string, unknown>
  geometry: {
    wkt: string
    wkb: Uint8Array
    type: string
    envelope: [number, number, number, number]
  } | null
}

type RawRow = Record<string, unknown> & {
  id: string
  __wkt: string | null
  __wkb: Uint8Array | null
  __type: string | null
  __min_x: number
  __max_x: number
  __min_y: number
  __max_y: number
}

function toExportRow(row: RawRow): ExportRow {
  const { id, __wkt, __wkb, __type, __min_x, __max_x, __min_y, __max_y, ...properties } = row
  return {
    id,
    properties,
    geometry:
      __wkt && __wkb && __type
        ? { wkt: __wkt, wkb: __wkb, type: __type, envelope: [__min_x, __max_x, __min_y, __max_y] }
        : null,
  }
}

/** Reads the features of an export batch by batch, in the items' order. */
export function createFeatureExportRepo(db: Queryable) {
  return {
    async count(collection: CollectionDefinition, query: ItemsQuery): Promise<number> {
      const { count } = buildItemsQueries(collectionTable(collection.id), collection, query)
      return (await db.query<{ count: number }>(count.text, count.values)).rows[0]?.count ?? 0
    },

    /** The features from `query.offset`, at most `total` of them, BATCH_SIZE at a time. */
    async *rows(collection: CollectionDefinition, query: ItemsQuery, total: number) {
      for (let done = 0; done < total;) {
        const size = Math.min(BATCH_SIZE, total - done)
        const built = buildExportBatchQuery(collectionTable(collection.id), collection, query, {
          offset: query.offset + done,
          size,
        })
        const rows = (await db.query<RawRow>(built.text, built.values)).rows
        for (const row of rows) yield toExportRow(row)
        if (rows.length < size) return
        done += size
      }
    },

    /** Features made as GeoJSON (CRS84) as export rows: PostGIS writes their WKT and WKB. */
    async fromFeatures(features: readonly Feature[]): Promise<ExportRow[]> {
      const geometries = features.map((feature) =>
        feature.geometry ? JSON.stringify(feature.geometry) : null,
      )
      const { rows } = await db.query<RawRow>(GEOMETRIES_FROM_GEOJSON, [geometries])
      return features.map((feature, index) => {
        const converted = rows[index] ? toExportRow({ ...rows[index], id: String(feature.id) }) : undefined
        return {
          id: String(feature.id),
          properties: feature.properties ?? {},
          geometry: converted?.geometry ?? null,
        }
      })
    },

    /** The WKT definition of a CRS, from the database's spatial_ref_sys. */
    async crsDefinition(srid: number): Promise<string> {
      const result = await db.query<{ srtext: string }>(SPATIAL_REF_SYS_DEFINITION, [srid])
      return result.rows[0]?.srtext ?? 'undefined'
    },
  }
}

export type FeatureExportRepo = ReturnType<typeof createFeatureExportRepo>
