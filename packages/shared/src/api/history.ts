import { z } from 'zod'
import { wholeNumber } from '../ogc/query-values.ts'

// The contract of `GET /history/{collectionId}/{featureId}` (issue #10 §1): one timeline of a feature,
// newest first, merging its alerts' events, its constats d'état and, for an ERBM cité, its ERBM
// follow-up. Each source is filtered by the caller's rights before the merge.

/** Where an entry comes from. */
export const HISTORY_SOURCES = ['alert', 'assessment', 'erbm'] as const
export type HistorySource = (typeof HISTORY_SOURCES)[number]

/** How many entries a timeline holds at most, and by default. */
export const HISTORY_LIMIT_MAX = 500
export const HISTORY_LIMIT_DEFAULT = 100

const Timestamp = z.iso.datetime({ offset: true })
const CalendarDate = z.iso.date()

/** Query of `GET /history/…`: how many entries, newest first. */
export const HistoryQuerySchema = z.strictObject({
  limit: wholeNumber({ min: 1, max: HISTORY_LIMIT_MAX, default: HISTORY_LIMIT_DEFAULT }).optional(),
})

/** One thing that happened to the feature. */
export const HistoryEntrySchema = z.object({
  /** When it was recorded: the sort key, newest first. */
  at: Timestamp,
  /** The day the fact is about, when it has one: an alert's observation, a constat's visit, an avis. */
  on: CalendarDate.nullable(),
  source: z.enum(HISTORY_SOURCES),
  /**
   * What happened, in its source's words: an alert event's kind (created, status, severity, assignment,
   * comment, edit, photo), a constat's event (created, proposed, validated, refused), an ERBM record
   * (opinion, evaluation, followup, phase, dossier).
   */
  kind: z.string(),
  /** A short French sentence, for readers of the JSON and the fiches-bilan. */
  summary: z.string(),
  author: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  /** The thing the entry belongs to, and where the API serves it. */
  item: z.object({
    type: z.enum(['alert', 'assessment', 'erbm-cite']),
    id: z.string(),
    /** A short reference ("A-000042", "C-000007"); null for an ERBM cité. */
    reference: z.string().nullable(),
    label: z.string(),
    href: z.string(),
  }),
  /** The facts behind the summary (status from/to, condition, verdict, scores…), for a translated view. */
  data: z.record(z.string(), z.unknown()),
})
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>

/** Answer of `GET /history/{collectionId}/{featureId}`. */
export const HistorySchema = z.object({
  collection: z.string(),
  featureId: z.string(),
  entries: z.array(HistoryEntrySchema),
  /** True when older entries were left out by `limit`. */
  truncated: z.boolean(),
})
export type History = z.infer<typeof HistorySchema>
