import { z } from 'zod'
import {
  ALERT_CATEGORIES,
  ALERT_EVENT_KINDS,
  ALERT_GEOMETRY_ORIGINS,
  ALERT_MAX_FEATURES,
  ALERT_PHOTO_MEDIA_TYPES,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
} from './alert-values.ts'
import { AlertContextSchema } from './alert-context.ts'
import { safeText } from './safe-text.ts'

// The contract of /alerts (issue #4). Requests are strict objects: a misspelt field is refused by name.
// Geometries are GeoJSON in CRS84, [longitude, latitude]; the API checks them further in PostGIS
// (validity, inside the bassin minier) because only the database knows the basin's outline.

export const AlertCategorySchema = z.enum(ALERT_CATEGORIES)
export const AlertSeveritySchema = z.enum(ALERT_SEVERITIES)
export const AlertStatusSchema = z.enum(ALERT_STATUSES)

const Timestamp = z.iso.datetime({ offset: true })
/** A calendar date, YYYY-MM-DD. */
const CalendarDate = z.iso.date('must be a date written YYYY-MM-DD')
/** An observation date: a real calendar date, not before 1900 (PostgreSQL has no year 0). */
const ObservedDate = CalendarDate.refine((date) => date >= '1900-01-01', 'must not be before 1900-01-01')
const Longitude = z.number().min(-180, 'longitude must be ≥ -180').max(180, 'longitude must be ≤ 180')
const Latitude = z.number().min(-90, 'latitude must be ≥ -90').max(90, 'latitude must be ≤ 90')
/** [longitude, latitude], the GeoJSON order. */
const Position = z.tuple([Longitude, Latitude], 'must be [longitude, latitude]')
const Ring = z.array(Position).min(4, 'a ring needs at least 4 positions, the last equal to the first')

/** Where the threat is, when it is not (only) a stored feature: a dropped pin or a drawn polygon. */
export const AlertGeometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: Position }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1).max(50) }),
])
export type AlertGeometry = z.infer<typeof AlertGeometrySchema>

/** A feature of any layer: its collection and its id, as in /collections/{collection}/items/{id}. */
export const FeatureReferenceSchema = z.strictObject({
  collection: z.string().min(1, 'must not be empty').max(100),
  id: z.string().min(1, 'must not be empty').max(100),
})
export type FeatureReference = z.infer<typeof FeatureReferenceSchema>

/** A feature reference as the API returns it, with the feature's label. */
export const AlertFeatureSchema = FeatureReferenceSchema.extend({ label: z.string() })
export type AlertFeature = z.infer<typeof AlertFeatureSchema>

/** Where an alert is: one or more features and/or a geometry. Shared by the preview and the creation. */
const AlertPlaceShape = {
  features: z.array(FeatureReferenceSchema).max(ALERT_MAX_FEATURES).default([]),
  geometry: AlertGeometrySchema.nullable().default(null),
}
const NEEDS_A_PLACE = {
  path: ['geometry'],
  message: 'give at least one feature (features) or a location (geometry)',
}
const hasPlace = (place: { features: unknown[]; geometry: unknown }) =>
  place.features.length > 0 || place.geometry !== null

/** Body of `POST /alerts/preview`: the computed context and duplicate hints, before submitting. */
export const AlertPreviewRequestSchema = z.strictObject(AlertPlaceShape).refine(hasPlace, NEEDS_A_PLACE)
export type AlertPreviewRequest = z.input<typeof AlertPreviewRequestSchema>

export const AlertTitleSchema = safeText(1, 200)
export const AlertDescriptionSchema = safeText(1, 10_000)

/**
 * Body of `POST /alerts` (JSON, or the `alert` field of a multipart/form-data request whose `photo`
 * parts are the photos). Send an `Idempotency-Key` header so that a retried submission never creates a
 * second alert. A feature-only alert takes the features' geometry.
 */
export const AlertCreateRequestSchema = z
  .strictObject({
    ...AlertPlaceShape,
    category: AlertCategorySchema,
    severity: AlertSeveritySchema,
    title: AlertTitleSchema,
    description: AlertDescriptionSchema,
    observedOn: ObservedDate,
  })
  .refine(hasPlace, NEEDS_A_PLACE)
export type AlertCreateRequest = z.input<typeof AlertCreateRequestSchema>

/** Body of `PATCH /alerts/{id}`: the fields to change, at least one. Each change is a history event. */
export const AlertEditRequestSchema = z
  .strictObject({
    category: AlertCategorySchema.optional(),
    severity: AlertSeveritySchema.optional(),
    title: AlertTitleSchema.optional(),
    description: AlertDescriptionSchema.optional(),
    observedOn: ObservedDate.optional(),
  })
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), {
    message: 'give at least one field to change',
  })
export type AlertEditRequest = z.infer<typeof AlertEditRequestSchema>

const CommentBody = safeText(1, 5_000)

/** Body of `POST /alerts/{id}/status`: the new status, with an optional comment recorded with it. */
export const AlertStatusChangeRequestSchema = z.strictObject({
  status: AlertStatusSchema,
  comment: CommentBody.optional(),
})
export type AlertStatusChangeRequest = z.infer<typeof AlertStatusChangeRequestSchema>

/** Body of `POST /alerts/bulk/status`: the same change on several alerts, all or none. */
export const AlertBulkStatusRequestSchema = AlertStatusChangeRequestSchema.extend({
  ids: z.array(z.uuid()).min(1, 'give at least one alert id').max(500),
})
export type AlertBulkStatusRequest = z.infer<typeof AlertBulkStatusRequestSchema>

/** Body of `PUT /alerts/{id}/assignee`: an officer or admin, or null to unassign. */
export const AlertAssignRequestSchema = z.strictObject({ assigneeId: z.uuid().nullable() })
export type AlertAssignRequest = z.infer<typeof AlertAssignRequestSchema>

/** Body of `POST /alerts/{id}/comments`. */
export const AlertCommentRequestSchema = z.strictObject({ body: CommentBody })
export type AlertCommentRequest = z.infer<typeof AlertCommentRequestSchema>

const PersonSchema = z.object({ id: z.uuid(), displayName: z.string() })
export type AlertPerson = z.infer<typeof PersonSchema>

const Distance = z.number().nonnegative()

/** An open alert close to the one being written: shown to the partner before, to the officer after. */
export const AlertDuplicateSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  status: AlertStatusSchema,
  severity: AlertSeveritySchema,
  observedOn: CalendarDate,
  /** `same_feature` when it names one of the same features, else `nearby` with the distance. */
  reason: z.enum(['same_feature', 'nearby']),
  distanceM: Distance,
})
export type AlertDuplicate = z.infer<typeof AlertDuplicateSchema>

/** Answer of `POST /alerts/preview`. */
export const AlertPreviewSchema = z.object({
  features: z.array(AlertFeatureSchema),
  /** The geometry the alert would have: the drawn one, or the features' own. */
  geometry: z.unknown(),
  context: AlertContextSchema,
  duplicates: z.array(AlertDuplicateSchema),
})
export type AlertPreview = z.infer<typeof AlertPreviewSchema>

export const AlertPhotoSchema = z.object({
  id: z.uuid(),
  filename: z.string(),
  mediaType: z.enum(ALERT_PHOTO_MEDIA_TYPES),
  byteSize: z.number().int().positive(),
  /** SHA-256 of the stored bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: Timestamp,
  /** Where to get the bytes (same rights as the alert). */
  href: z.string(),
})
export type AlertPhoto = z.infer<typeof AlertPhotoSchema>

const EventBase = { id: z.number().int(), at: Timestamp, author: PersonSchema }
/** One event of the append-only history. */
export const AlertEventSchema = z.discriminatedUnion('kind', [
  z.object({ ...EventBase, kind: z.literal('created'), data: z.object({}) }),
  z.object({
    ...EventBase,
    kind: z.literal('status'),
    data: z.object({ from: AlertStatusSchema, to: AlertStatusSchema, comment: z.string().optional() }),
  }),
  z.object({
    ...EventBase,
    kind: z.literal('severity'),
    data: z.object({ from: AlertSeveritySchema, to: AlertSeveritySchema }),
  }),
  z.object({
    ...EventBase,
    kind: z.literal('assignment'),
    data: z.object({ from: PersonSchema.nullable(), to: PersonSchema.nullable() }),
  }),
  z.object({ ...EventBase, kind: z.literal('comment'), data: z.object({ body: z.string() }) }),
  z.object({
    ...EventBase,
    kind: z.literal('edit'),
    /** Each changed field with its old and new value. */
    data: z.object({ changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) }),
  }),
  z.object({
    ...EventBase,
    kind: z.literal('photo'),
    data: z.object({ photoId: z.uuid(), filename: z.string() }),
  }),
])
export type AlertEvent = z.infer<typeof AlertEventSchema>
// Keeps the union and the list of kinds in step.
const _kinds: readonly AlertEvent['kind'][] = ALERT_EVENT_KINDS
void _kinds

/** An alert in a list: enough for the officers' table and the exports. */
export const AlertSummarySchema = z.object({
  id: z.uuid(),
  /** Short human reference, e.g. "A-000042", for phone calls and emails. */
  reference: z.string(),
  title: z.string(),
  category: AlertCategorySchema,
  severity: AlertSeveritySchema,
  status: AlertStatusSchema,
  observedOn: CalendarDate,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  reporter: PersonSchema,
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  assignee: PersonSchema.nullable(),
  features: z.array(AlertFeatureSchema),
  /** Names of the communes it lies in, from the stored context. */
  communes: z.array(z.string()),
  /** A point to put the alert on a map (on the geometry), [longitude, latitude]. */
  anchor: z.tuple([z.number(), z.number()]),
  photoCount: z.number().int().nonnegative(),
})
export type AlertSummary = z.infer<typeof AlertSummarySchema>

/** Answer of `GET /alerts/{id}`: the whole record with its timeline, oldest event first. */
export const AlertSchema = AlertSummarySchema.extend({
  description: z.string(),
  /** GeoJSON geometry in CRS84: the drawn one, or the union of the features' geometries. */
  geometry: z.unknown(),
  /** Whether `geometry` was drawn by the reporter (a pin or a zone) or is the features' union. */
  geometryOrigin: z.enum(ALERT_GEOMETRY_ORIGINS),
  context: AlertContextSchema,
  photos: z.array(AlertPhotoSchema),
  events: z.array(AlertEventSchema),
  /** Open alerts that may be the same (see DUPLICATE_RADIUS_M and DUPLICATE_WINDOW_DAYS). */
  duplicates: z.array(AlertDuplicateSchema),
  /** The statuses this alert may move to now. */
  nextStatuses: z.array(AlertStatusSchema),
})
export type Alert = z.infer<typeof AlertSchema>

/** Answer of `GET /alerts` (JSON). The same query with `f=csv` or `f=geojson` exports every match. */
export const AlertListSchema = z.object({
  alerts: z.array(AlertSummarySchema),
  numberMatched: z.number().int().nonnegative(),
  numberReturned: z.number().int().nonnegative(),
})
export type AlertList = z.infer<typeof AlertListSchema>

/** Answer of `POST /alerts/bulk/status`. */
export const AlertBulkResultSchema = z.object({ alerts: z.array(AlertSummarySchema) })
export type AlertBulkResult = z.infer<typeof AlertBulkResultSchema>

/** Answer of `GET /alerts/badges`: per feature with open alerts the caller may see, the highest severity. */
export const AlertBadgesSchema = z.object({
  badges: z.array(
    z.object({
      collection: z.string(),
      featureId: z.string(),
      severity: AlertSeveritySchema,
      count: z.number().int().positive(),
      /** Where to draw the badge: a point on the feature, [longitude, latitude]. */
      anchor: z.tuple([z.number(), z.number()]),
    }),
  ),
})
export type AlertBadges = z.infer<typeof AlertBadgesSchema>

/** Answer of `GET /alerts/assignees`: the officers and admins an alert can be given to. */
export const AlertAssigneesSchema = z.object({ assignees: z.array(PersonSchema) })
export type AlertAssignees = z.infer<typeof AlertAssigneesSchema>

/**
 * One message of the live stream `GET /alerts/stream` (server-sent events, event name `alert`): an alert
 * the caller may see has changed. Clients fetch what they show again.
 */
export const AlertStreamMessageSchema = z.object({
  alertId: z.uuid(),
  kind: z.enum(ALERT_EVENT_KINDS),
  status: AlertStatusSchema,
  at: Timestamp,
})
export type AlertStreamMessage = z.infer<typeof AlertStreamMessageSchema>

/** Sort keys of `GET /alerts`; prefix with `-` for descending. */
export const ALERT_SORT_KEYS = [
  'observedOn',
  'createdAt',
  'updatedAt',
  'severity',
  'status',
  'title',
] as const
