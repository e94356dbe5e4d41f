import { ALERT_CONTEXT_RADIUS_M, type AlertContext } from '@heritage-watch/shared'
import { MIN_OVERLAP_SHARE, NEARBY_LIMIT } from './feature-context-repo.ts'
import type { Queryable } from './pool.ts'
import { firstRow } from './query-rows.ts'
import {
  ALERT_CONTEXT_SQL,
  CHECK_DRAWN_GEOMETRY_SQL,
  EWKB_TO_GEOJSON_SQL,
  UNION_OF_GEOMETRIES_SQL,
} from './sql/alert-place.sql.ts'

/** What PostGIS says of a drawn geometry; the basin tests are null when the geometry is invalid. */
export interface DrawnGeometryCheck {
  valid: boolean
  invalidReason: string | null
  inBasin: boolean | null
  inBasinSwapped: boolean | null
  /** The geometry as hex EWKB; null when it is invalid. */
  ewkb: string | null
}

/** Where an alert is: checks a drawn geometry, stores places as hex EWKB, computes their context. */
export function createAlertPlaceRepo(db: Queryable) {
  return {
    async checkDrawnGeometry(geojson: string): Promise<DrawnGeometryCheck> {
      return (await firstRow<DrawnGeometryCheck>(db, CHECK_DRAWN_GEOMETRY_SQL, [geojson]))!
    },

    async unionOf(ewkb: string[]): Promise<string> {
      return (await firstRow<{ geometry: string }>(db, UNION_OF_GEOMETRIES_SQL, [ewkb]))!.geometry
    },

    async toGeoJson(ewkb: string): Promise<unknown> {
      return JSON.parse((await firstRow<{ geojson: string }>(db, EWKB_TO_GEOJSON_SQL, [ewkb]))!.geojson)
    },

    async context(ewkb: string): Promise<AlertContext> {
      const params = [ewkb, MIN_OVERLAP_SHARE, ALERT_CONTEXT_RADIUS_M, NEARBY_LIMIT]
      return (await firstRow<{ context: AlertContext }>(db, ALERT_CONTEXT_SQL, params))!.context
    },
  }
}

export type AlertPlaceRepo = ReturnType<typeof createAlertPlaceRepo>
