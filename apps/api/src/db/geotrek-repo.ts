import type { GeotrekPois } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import { GEOTREK_POIS } from './sql/geotrek.sql.ts'

type PoiRow = { id: string; name: string; type: string; description: string; geometry: string }

/** Reads the points of interest Geotrek-admin imports. */
export function createGeotrekRepo(db: Queryable) {
  return {
    /** Every terril, grand site, site at risk and other property element, once each, as points. */
    async pois(): Promise<GeotrekPois['features']> {
      const { rows } = await db.query<PoiRow>(GEOTREK_POIS)
      return rows.map(({ geometry, ...properties }) => ({
        type: 'Feature' as const,
        geometry: JSON.parse(geometry) as GeotrekPois['features'][number]['geometry'],
        properties,
      }))
    },
  }
}

export type GeotrekRepo = ReturnType<typeof createGeotrekRepo>
