import { z } from 'zod'
import { ALERT_PHOTO_MEDIA_TYPES } from './alert-values.ts'
import { FeatureReferenceSchema } from './alerts.ts'
import {
  ASSESSMENT_CONDITIONS,
  ASSESSMENT_OCCUPANCIES,
  ASSESSMENT_ORIGINS,
  ASSESSMENT_PRIORITIES,
  ASSESSMENT_STATUSES,
  ASSESSMENT_THREATS,
  ASSESSMENT_TRENDS,
} from './assessment-values.ts'
import { safeText } from './safe-text.ts'

// The contract of /assessments (constats d'état, issue #10 §2). Requests are strict objects: a misspelt
// field is refused by name. A constat's facts never change once written; only a proposal's status moves.

const Timestamp = z.iso.datetime({ offset: true })
const CalendarDate = z.iso.date('must be a date written YYYY-MM-DD')
const VisitDate = CalendarDate.refine((date) => date >= '1900-01-01', 'must not be before 1900-01-01')

export const AssessmentConditionSchema = z.enum(ASSESSMENT_CONDITIONS)
export const AssessmentTrendSchema = z.enum(ASSESSMENT_TRENDS)
export const AssessmentStatusSchema = z.enum(ASSESSMENT_STATUSES)

/** Body of `POST /assessments` (JSON, or the `assessment` field of a multipart form with photos). */
export const AssessmentCreateRequestSchema = z.strictObject({
  feature: FeatureReferenceSchema,
  visitedOn: VisitDate,
  condition: AssessmentConditionSchema,
  trend: AssessmentTrendSchema,
  occupancy: z.enum(ASSESSMENT_OCCUPANCIES),
  priority: z.enum(ASSESSMENT_PRIORITIES),
  threats: z
    .array(z.enum(ASSESSMENT_THREATS))
    .max(ASSESSMENT_THREATS.length)
    .refine((threats) => new Set(threats).size === threats.length, 'must not name a threat twice')
    .default([]),
  note: safeText(0, 10_000).default(''),
})
export type AssessmentCreateRequest = z.input<typeof AssessmentCreateRequestSchema>

/** Body of `POST /assessments/{id}/validation`: an officer's decision on a partner's proposal. */
export const AssessmentValidationRequestSchema = z.strictObject({
  decision: z.enum(['validee', 'refusee']),
  comment: safeText(1, 5_000).optional(),
})
export type AssessmentValidationRequest = z.infer<typeof AssessmentValidationRequestSchema>

/** Query of `GET /assessments`: one feature's series, `feature=collection/id`. */
export const AssessmentListQuerySchema = z.strictObject({
  feature: z
    .string()
    .regex(/^[^/]{1,100}\/[^/]{1,100}$/, 'must be written collection/id, e.g. terrils/74A')
    .meta({ description: 'L’entité : collection/identifiant, par exemple terrils/74A' }),
})

export const AssessmentPhotoSchema = z.object({
  id: z.uuid(),
  filename: z.string(),
  mediaType: z.enum(ALERT_PHOTO_MEDIA_TYPES),
  byteSize: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Where to get the bytes (same rights as the constat). */
  href: z.string(),
})
export type AssessmentPhoto = z.infer<typeof AssessmentPhotoSchema>

export const AssessmentEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['created', 'proposed', 'validated', 'refused']),
  at: Timestamp,
  author: z.string().nullable(),
  comment: z.string().nullable(),
})
export type AssessmentEvent = z.infer<typeof AssessmentEventSchema>

/** The facts a constat records; they never change once written. */
export const AssessmentFactsSchema = z.object({
  visitedOn: CalendarDate,
  condition: AssessmentConditionSchema,
  trend: AssessmentTrendSchema,
  occupancy: z.enum(ASSESSMENT_OCCUPANCIES),
  priority: z.enum(ASSESSMENT_PRIORITIES),
  threats: z.array(z.enum(ASSESSMENT_THREATS)),
  note: z.string(),
})

/** Answer of `POST /assessments` and `GET /assessments/{id}`, and one entry of a series. */
export const AssessmentSchema = z.object({
  id: z.uuid(),
  /** Short reference, e.g. "C-000042". */
  number: z.string(),
  feature: FeatureReferenceSchema,
  label: z.string(),
  facts: AssessmentFactsSchema,
  /** 'source': taken from `source`, a document, never a visit. */
  origin: z.enum(ASSESSMENT_ORIGINS),
  source: z.string().nullable(),
  status: AssessmentStatusSchema,
  author: z.string().nullable(),
  organisation: z.string().nullable(),
  photos: z.array(AssessmentPhotoSchema),
  events: z.array(AssessmentEventSchema),
  createdAt: Timestamp,
  /** Whether the caller may validate or refuse it now (a proposal, and an officer). */
  mayValidate: z.boolean(),
})
export type Assessment = z.infer<typeof AssessmentSchema>

/** Answer of `GET /assessments?feature=…`: the series, newest visit first, with what it says now. */
export const AssessmentSeriesSchema = z.object({
  feature: FeatureReferenceSchema,
  label: z.string().nullable(),
  /** The latest validated constat (by visit date, then creation); null when there is none. */
  latest: AssessmentSchema.nullable(),
  /**
   * Computed from the validated series: the latest two constats' conditions compared (better →
   * amelioration, same → stable, worse → degradation); with one constat only, the trend its visitor
   * stated; with none, inconnue.
   */
  trend: AssessmentTrendSchema,
  trendBasis: z.enum(['series', 'stated', 'none']),
  assessments: z.array(AssessmentSchema),
})
export type AssessmentSeries = z.infer<typeof AssessmentSeriesSchema>

/** Answer of `GET /assessments/latest`: every visible feature's latest valid condition, for the map. */
export const AssessmentLatestListSchema = z.object({
  features: z.array(
    z.object({
      collection: z.string(),
      id: z.string(),
      condition: AssessmentConditionSchema,
      visitedOn: CalendarDate,
    }),
  ),
})
export type AssessmentLatestList = z.infer<typeof AssessmentLatestListSchema>

/** `/assessments/{id}/photos/{photoId}`. */
export const AssessmentPhotoParamsSchema = z.object({
  id: z.string().meta({ format: 'uuid', description: 'Identifiant du constat' }),
  photoId: z.string().meta({ format: 'uuid', description: 'Identifiant de la photo' }),
})

/** An endangered site's follow-up (issue #10 §6), filled by officers; null where nobody said. */
export const SiteAtRiskFollowupSchema = z.object({
  siteId: z.string(),
  fondationPatrimoineUrl: z.string().nullable(),
  proprietaire: z.string().nullable(),
  protection: z.string().nullable(),
  updatedAt: Timestamp.nullable(),
  updatedBy: z.string().nullable(),
})
export type SiteAtRiskFollowup = z.infer<typeof SiteAtRiskFollowupSchema>

/** Body of `PUT /sites-en-danger/{id}/suivi`: the whole follow-up; null clears a field. */
export const SiteAtRiskFollowupRequestSchema = z.strictObject({
  fondationPatrimoineUrl: z
    .url({ protocol: /^https$/, error: 'must be an https:// address' })
    .max(500)
    .nullable(),
  proprietaire: safeText(1, 500).nullable(),
  protection: safeText(1, 500).nullable(),
})
export type SiteAtRiskFollowupRequest = z.infer<typeof SiteAtRiskFollowupRequestSchema>
