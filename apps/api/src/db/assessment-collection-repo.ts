import type { Cql2Filter } from '@heritage-watch/shared'
import type { Queryable } from './pool.ts'
import { allRows, firstRow } from './query-rows.ts'
import {
  ASSESSMENT_EXTENT_SQL,
  ASSESSMENT_FEATURE_SQL,
  assessmentFeatureQueries,
} from './sql/assessment-collection.sql.ts'

/** A constat with its point as GeoJSON, for the OGC collection. */
export interface AssessmentFeatureRow {
  id: string
  number: string
  collection: string
  featureId: string
  label: string
  visitedOn: string
  condition: string
  trend: string
  occupancy: string
  priority: string
  threats: string[]
  note: string
  origin: string
  source: string | null
  status: string
  organisationId: string | null
  author: string | null
  organisation: string | null
  createdAt: Date
  geometry: unknown
}

/** The filters of /collections/constats/items, already parsed. */
export interface AssessmentItemsFilter {
  condition?: string[]
  trend?: string[]
  occupancy?: string[]
  priority?: string[]
  status?: string[]
  collection?: string
  visited?: { start: string | null; end: string | null }
  bbox?: [number, number, number, number]
  /** The CQL2 `filter`, held to ASSESSMENT_CQL2_QUERYABLES. */
  cql2?: Cql2Filter
}

/** Reads the constats' OGC collection; `organisationId` null sees every organisation's. */
export function createAssessmentCollectionRepo(db: Queryable) {
  return {
    async page(
      organisationId: string | null,
      filter: AssessmentItemsFilter,
      page: { limit: number; offset: number },
    ): Promise<{ rows: AssessmentFeatureRow[]; numberMatched: number }> {
      const params: unknown[] = [
        organisationId,
        filter.condition ?? null,
        filter.trend ?? null,
        filter.occupancy ?? null,
        filter.priority ?? null,
        filter.status ?? null,
        filter.collection ?? null,
        filter.visited?.start ?? null,
        filter.visited?.end ?? null,
        ...(filter.bbox ?? [null, null, null, null]),
      ]
      const queries = assessmentFeatureQueries(filter.cql2)
      params.push(...queries.values)
      // One after the other: the embedded database has one connection.
      const rows = await allRows<AssessmentFeatureRow>(db, queries.page, [...params, page.limit, page.offset])
      const count = await firstRow<{ count: number }>(db, queries.count, params)
      return { rows, numberMatched: count?.count ?? 0 }
    },

    feature: (id: string) => firstRow<AssessmentFeatureRow>(db, ASSESSMENT_FEATURE_SQL, [id]),

    async extent(organisationId: string | null) {
      return (await firstRow<{
        count: number
        bbox: [number, number, number, number] | null
        first: string | null
        last: string | null
      }>(db, ASSESSMENT_EXTENT_SQL, [organisationId]))!
    },
  }
}
