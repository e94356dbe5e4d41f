import { z } from 'zod'
import { findCollection } from '../catalog/collections.ts'
import type { Cql2Queryables } from '../ogc/cql2/index.ts'
import { CRS_DETAILS, CRS84 } from '../ogc/crs.ts'
import { FILTER_SHAPE, readFilterParameters } from '../ogc/filter-query.ts'
import { CsvStyleValueSchema, PrivateItemsFormatSchema } from '../ogc/export-formats.ts'
import { ITEMS_PAGING_SHAPE, readBoundingBox } from '../ogc/items-query.ts'
import { CrsValueSchema, dateInterval, onceText, valueList, wholeNumber } from '../ogc/query-values.ts'
import { ALERT_CATEGORIES, ALERT_GEOMETRY_ORIGINS, ALERT_SEVERITIES, ALERT_STATUSES } from './alert-values.ts'
import { ALERT_SORT_KEYS } from './alerts.ts'
import { uuidText } from './path-params.ts'

// The queries of GET /alerts, its feed and the alerts' OGC collection. The filters read here are the
// same for all three; who `me` is, and which table a feature lives in, the API adds.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const text = (description: string) =>
  onceText()
    .transform((raw) => raw.trim() || undefined)
    .meta({ type: 'string', description } as Record<string, unknown>)

/** The status, severity and category filters, shared by the list and the OGC collection. */
const ALERT_VALUE_FILTERS = {
  status: valueList(ALERT_STATUSES).meta({ description: 'Statuts (séparés par des virgules)' }).optional(),
  severity: valueList(ALERT_SEVERITIES).meta({ description: 'Gravités' }).optional(),
  category: valueList(ALERT_CATEGORIES).meta({ description: 'Catégories' }).optional(),
}

/** Every filter of GET /alerts, also taken by its exports. */
export const ALERT_FILTER_SHAPE = {
  ...ALERT_VALUE_FILTERS,
  commune: text('Commune (début du nom, sans casse ni accents, ou code INSEE)').optional(),
  collection: onceText()
    .refine((id) => findCollection(id) !== undefined, {
      error: (issue) => `collection "${String(issue.input)}" does not exist; see /collections`,
    })
    .meta({ description: 'Alertes qui nomment une entité de cette collection' })
    .optional(),
  feature: onceText()
    .transform((raw, context) => {
      const [collection = '', ...id] = raw.split('/')
      if (findCollection(collection) && id.join('/') !== '') return { collection, id: id.join('/') }
      context.addIssue({ code: 'custom', message: 'must be <collection>/<feature id>, e.g. terrils/74A' })
      return z.NEVER
    })
    .meta({
      type: 'string',
      description: 'Alertes qui nomment cette entité : <collection>/<id>, ex. terrils/74A',
    } as Record<string, unknown>)
    .optional(),
  assignee: onceText()
    .refine(
      (raw) => raw === 'me' || raw === 'none' || UUID.test(raw),
      'must be a user id (UUID), "me" or "none"',
    )
    .meta({ description: 'Identifiant du chargé de mission, « me » ou « none »' })
    .optional(),
  datetime: dateInterval(true).optional(),
  q: text('Mots du titre ou de la description').optional(),
}

/** Output formats of GET /alerts: the page as JSON, or every match as CSV or GeoJSON. */
export const ALERT_LIST_FORMATS = ['json', 'csv', 'geojson'] as const
export const ALERT_LIST_LIMIT_DEFAULT = 50
export const ALERT_LIST_LIMIT_MAX = 1000

const sortTerms = onceText()
  .transform((raw, context) => {
    const terms: { key: (typeof ALERT_SORT_KEYS)[number]; descending: boolean }[] = []
    for (const term of raw
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const key = term.replace(/^[+-]/, '')
      const known = ALERT_SORT_KEYS.find((sortKey) => sortKey === key)
      if (known) terms.push({ key: known, descending: term.startsWith('-') })
      else
        context.addIssue({
          code: 'custom',
          message: `cannot sort on "${key}"; use ${ALERT_SORT_KEYS.join(', ')}`,
        })
    }
    return terms
  })
  .meta({
    type: 'string',
    description: `Tri : ${ALERT_SORT_KEYS.join(', ')}, préfixés de - pour décroissant`,
  } as Record<string, unknown>)

/** Query of `GET /alerts`: the filters, sort, paging and the output format. */
export const AlertListQuerySchema = z.strictObject({
  ...ALERT_FILTER_SHAPE,
  sort: sortTerms.optional(),
  limit: wholeNumber({ min: 1, max: ALERT_LIST_LIMIT_MAX, default: ALERT_LIST_LIMIT_DEFAULT }).optional(),
  offset: wholeNumber({ min: 0, max: Number.MAX_SAFE_INTEGER, default: 0 }).optional(),
  f: z.enum(ALERT_LIST_FORMATS, { error: `must be one of ${ALERT_LIST_FORMATS.join(', ')}` }).optional(),
  csv: CsvStyleValueSchema.optional(),
})
export type AlertListParameters = z.output<typeof AlertListQuerySchema>

/** `f` of the alerts' OGC resources: JSON only, the alerts' HTML view is the web app. */
const AlertFormatSchema = z.enum(['json', 'geojson'], {
  error: 'must be json or geojson (the HTML view of alerts is the web app)',
})
/** Alerts are served in CRS84 only: the collection declares no other CRS. */
const AlertCrsSchema = CrsValueSchema.refine(
  (crs) => crs === CRS84,
  `the alerts collection is served in ${CRS84} only`,
)

/** Query of `/collections/alertes` and its queryables. */
export const AlertResourceQuerySchema = z.strictObject({ f: AlertFormatSchema.optional() })
/** Query of one alert as a feature. */
export const AlertFeatureQuerySchema = z.strictObject({
  crs: AlertCrsSchema.optional(),
  f: AlertFormatSchema.optional(),
})

/** What a CQL2 `filter` on the alerts may name (their queryables): values, the observed day, the geometry. */
export const ALERT_CQL2_QUERYABLES: Cql2Queryables = {
  status: 'string',
  severity: 'string',
  category: 'string',
  geometryOrigin: 'string',
  observedOn: 'temporal',
  geometry: 'geometry',
}

/**
 * Query of `/collections/alertes/items`: OGC paging, a CRS84 bbox, `datetime` on the observed date and
 * the status, severity and category filters of GET /alerts, and the geometry's origin (issue #10: the
 * map draws the alerts that have a place of their own).
 */
export const AlertItemsQuerySchema = z
  .strictObject({
    ...ITEMS_PAGING_SHAPE,
    crs: AlertCrsSchema.optional(),
    datetime: dateInterval(true).optional(),
    f: PrivateItemsFormatSchema.optional(),
    csv: CsvStyleValueSchema.optional(),
    ...ALERT_VALUE_FILTERS,
    geometryOrigin: valueList(ALERT_GEOMETRY_ORIGINS)
      .meta({ description: 'Origine de la géométrie : drawn (épingle ou zone dessinée), features (entités)' })
      .optional(),
    ...FILTER_SHAPE,
  })
  .transform((query, context) => {
    const bbox = readBoundingBox(query, context)
    // Alerts are stored in EPSG:4326; a Lambert-93 box would need a transform nobody has asked for.
    if (bbox && CRS_DETAILS[bbox.crs].srid !== 4326)
      context.addIssue({
        code: 'custom',
        path: ['bbox-crs'],
        message: `the alerts collection takes a bbox in ${CRS84} only`,
      })
    return { ...query, bbox, cql2: readFilterParameters(query, ALERT_CQL2_QUERYABLES, context) }
  })
export type AlertItemsParameters = z.output<typeof AlertItemsQuerySchema>

/** Query of `GET /alerts/feed.atom`: the API token, for feed readers that cannot send headers. */
export const AlertFeedQuerySchema = z.strictObject({
  token: onceText().meta({ description: 'Jeton d’API hw_… (lecteurs de flux sans en-têtes)' }).optional(),
})

/** `{featureId}` of the alerts collection: an alert id, looked up only when it is a UUID (else 404). */
export const AlertFeatureParamsSchema = z.object({ featureId: uuidText('Identifiant de l’alerte') })

/** The header `POST /alerts` reads: a retried submission with the same key gets the first alert back. */
export const AlertCreateHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .meta({
      maxLength: 255,
      description: 'Une nouvelle requête avec la même clé rend la première alerte (200)',
    })
    .optional(),
})
