import { z } from 'zod'
import { findCollection } from '../catalog/collections.ts'
import type { Cql2Queryables } from '../ogc/cql2/index.ts'
import { CRS_DETAILS, CRS84 } from '../ogc/crs.ts'
import { FILTER_SHAPE, readFilterParameters } from '../ogc/filter-query.ts'
import { CsvStyleValueSchema, PrivateItemsFormatSchema } from '../ogc/export-formats.ts'
import { ITEMS_PAGING_SHAPE, readBoundingBox } from '../ogc/items-query.ts'
import { CrsValueSchema, dateInterval, onceText, valueList } from '../ogc/query-values.ts'
import {
  ASSESSMENT_CONDITIONS,
  ASSESSMENT_OCCUPANCIES,
  ASSESSMENT_PRIORITIES,
  ASSESSMENT_STATUSES,
  ASSESSMENT_TRENDS,
} from './assessment-values.ts'
import { uuidText } from './path-params.ts'

// The queries of the constats' OGC collection (`constats`, issue #10 §2), private like `alertes`.

/** The collection's id: not in the static catalogue, its rows depend on who asks. */
export const ASSESSMENTS_COLLECTION_ID = 'constats'

/** The value filters of /collections/constats/items, also its queryables. */
export const ASSESSMENT_VALUE_FILTERS = {
  condition: valueList(ASSESSMENT_CONDITIONS)
    .meta({ description: 'États (séparés par des virgules)' })
    .optional(),
  trend: valueList(ASSESSMENT_TRENDS).meta({ description: 'Tendances' }).optional(),
  occupancy: valueList(ASSESSMENT_OCCUPANCIES).meta({ description: 'Occupations' }).optional(),
  priority: valueList(ASSESSMENT_PRIORITIES).meta({ description: 'Priorités (A à F)' }).optional(),
  status: valueList(ASSESSMENT_STATUSES).meta({ description: 'Statuts' }).optional(),
  collection: onceText()
    .refine((id) => findCollection(id) !== undefined, {
      error: (issue) => `collection "${String(issue.input)}" does not exist; see /collections`,
    })
    .meta({ description: 'Constats des entités de cette collection' })
    .optional(),
}

const FormatSchema = z.enum(['json', 'geojson'], {
  error: 'must be json or geojson (the HTML view of constats is the web app)',
})
const CrsSchema = CrsValueSchema.refine(
  (crs) => crs === CRS84,
  `the constats collection is served in ${CRS84} only`,
)

/** What a CQL2 `filter` on the constats may name: their values, the visit day, the point. */
export const ASSESSMENT_CQL2_QUERYABLES: Cql2Queryables = {
  condition: 'string',
  trend: 'string',
  occupancy: 'string',
  priority: 'string',
  status: 'string',
  collection: 'string',
  visitedOn: 'temporal',
  geometry: 'geometry',
}

/** Query of `/collections/constats` and its queryables. */
export const AssessmentResourceQuerySchema = z.strictObject({ f: FormatSchema.optional() })
/** Query of one constat as a feature. */
export const AssessmentFeatureQuerySchema = z.strictObject({
  crs: CrsSchema.optional(),
  f: FormatSchema.optional(),
})
/** `{featureId}` of the collection: a constat id, looked up only when it is a UUID (else 404). */
export const AssessmentFeatureParamsSchema = z.object({ featureId: uuidText('Identifiant du constat') })

/** Query of `/collections/constats/items`: OGC paging, a CRS84 bbox, `datetime` on the visit date, filters. */
export const AssessmentItemsQuerySchema = z
  .strictObject({
    ...ITEMS_PAGING_SHAPE,
    crs: CrsSchema.optional(),
    datetime: dateInterval(true).optional(),
    f: PrivateItemsFormatSchema.optional(),
    csv: CsvStyleValueSchema.optional(),
    ...ASSESSMENT_VALUE_FILTERS,
    ...FILTER_SHAPE,
  })
  .transform((query, context) => {
    const bbox = readBoundingBox(query, context)
    if (bbox && CRS_DETAILS[bbox.crs].srid !== 4326)
      context.addIssue({
        code: 'custom',
        path: ['bbox-crs'],
        message: `the constats collection takes a bbox in ${CRS84} only`,
      })
    return { ...query, bbox, cql2: readFilterParameters(query, ASSESSMENT_CQL2_QUERYABLES, context) }
  })
export type AssessmentItemsParameters = z.output<typeof AssessmentItemsQuerySchema>
