import { z } from 'zod'
import {
  ERBM_CRITERIA,
  ERBM_OPINION_SUBJECTS,
  ERBM_PHASES,
  ERBM_SCORE_MAX,
  ERBM_SCORE_MIN,
  ERBM_VERDICTS,
} from './erbm-values.ts'
import { safeText } from './safe-text.ts'

// The contract of /erbm/cites (issue #10 §3): the follow-up of the ERBM renovation of the cités. Requests
// are strict objects so that a misspelt field is refused by name; the list's query is in erbm-queries.ts.

export const ErbmPhaseSchema = z.enum(ERBM_PHASES)
export const ErbmOpinionSubjectSchema = z.enum(ERBM_OPINION_SUBJECTS)
export const ErbmVerdictSchema = z.enum(ERBM_VERDICTS)
export const ErbmCriterionSchema = z.enum(ERBM_CRITERIA)
export const ERBM_PRIORITIES = ['inconnue', 'oui', 'non'] as const
export const ErbmPrioritySchema = z.enum(ERBM_PRIORITIES)

/** The command that loads the official list of priority cités; until it runs, every flag is 'inconnue'. */
export const ERBM_PRIORITIES_COMMAND = 'npm run data:priorites-erbm'

const CalendarDate = z.iso
  .date('must be a date written YYYY-MM-DD')
  .refine((date) => date >= '1900-01-01', 'must not be before 1900-01-01')
const Timestamp = z.iso.datetime({ offset: true })
const Score = z
  .number({ error: `must be a whole number from ${ERBM_SCORE_MIN} to ${ERBM_SCORE_MAX}` })
  .int(`must be a whole number from ${ERBM_SCORE_MIN} to ${ERBM_SCORE_MAX}`)
  .min(ERBM_SCORE_MIN, `must be ${ERBM_SCORE_MIN} or more`)
  .max(ERBM_SCORE_MAX, `must be ${ERBM_SCORE_MAX} or less`)
/** A Démarches Simplifiées dossier number, as the table's CHECK takes it. */
export const ErbmDossierNumberSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{1,12}$/, 'must be the dossier number: 1 to 12 digits')
/** The usual link to a dossier on Démarches Simplifiées, built when none was given. */
export const erbmDossierLink = (number: string) => `https://www.demarches-simplifiees.fr/dossiers/${number}`
const HttpsLink = z.url({ protocol: /^https$/, error: 'must be an https:// link' }).max(2000)

/** Body of `PUT /erbm/cites/{id}/suivi`: who owns the dwellings and how many (null: not known). */
export const ErbmFollowupRequestSchema = z.strictObject({
  bailleur: safeText(1, 200).nullable(),
  logements: z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(100_000, 'must be 100000 or less')
    .nullable(),
})
export type ErbmFollowupRequest = z.infer<typeof ErbmFollowupRequestSchema>

/** Body of `PUT /erbm/cites/{id}/phases/{phase}`: when the phase began and ended (null: not yet). */
export const ErbmPhaseRequestSchema = z
  .strictObject({ startedOn: CalendarDate.nullable(), endedOn: CalendarDate.nullable() })
  .refine((dates) => !dates.startedOn || !dates.endedOn || dates.endedOn >= dates.startedOn, {
    path: ['endedOn'],
    message: 'must be on or after startedOn',
  })
export type ErbmPhaseRequest = z.infer<typeof ErbmPhaseRequestSchema>

/** Body of `POST /erbm/cites/{id}/avis` (JSON, or the `avis` field of a multipart form with `piece` files). */
export const ErbmOpinionRequestSchema = z.strictObject({
  givenOn: CalendarDate,
  subject: ErbmOpinionSubjectSchema,
  verdict: ErbmVerdictSchema,
  text: safeText(0, 10_000).default(''),
  dossierNumber: ErbmDossierNumberSchema.nullable().default(null),
})
export type ErbmOpinionRequest = z.input<typeof ErbmOpinionRequestSchema>

/** Body of `POST /erbm/cites/{id}/dossiers`: a dossier filed on Démarches Simplifiées. */
export const ErbmDossierRequestSchema = z.strictObject({
  number: ErbmDossierNumberSchema,
  url: HttpsLink.nullable().default(null),
  label: safeText(1, 200).nullable().default(null),
})
export type ErbmDossierRequest = z.input<typeof ErbmDossierRequestSchema>

const criteriaObject = <T extends z.ZodType>(value: T) =>
  z.strictObject({ habitabilite: value, facades: value, abords: value, patrimoine: value })

/** Body of `POST /erbm/cites/{id}/bilans` (JSON, or the `bilan` field of a multipart form with photos). */
export const ErbmEvaluationRequestSchema = z.strictObject({
  visitedOn: CalendarDate,
  scores: criteriaObject(Score),
  comments: z
    .strictObject({
      habitabilite: safeText(0, 5000).default(''),
      facades: safeText(0, 5000).default(''),
      abords: safeText(0, 5000).default(''),
      patrimoine: safeText(0, 5000).default(''),
    })
    .default({ habitabilite: '', facades: '', abords: '', patrimoine: '' }),
})
export type ErbmEvaluationRequest = z.input<typeof ErbmEvaluationRequestSchema>

const Person = z.object({ id: z.string(), displayName: z.string() }).nullable()
const ScoresSchema = criteriaObject(z.number().int())

/** One line of the dashboard. */
export const ErbmCiteSummarySchema = z.object({
  id: z.string(),
  nom: z.string().nullable(),
  communes: z.array(z.string()),
  priorite: ErbmPrioritySchema,
  bailleur: z.string().nullable(),
  logements: z.number().int().nullable(),
  phase: z
    .object({ phase: ErbmPhaseSchema, startedOn: z.string(), endedOn: z.string().nullable() })
    .nullable(),
  lastOpinion: z
    .object({
      id: z.string(),
      givenOn: z.string(),
      subject: ErbmOpinionSubjectSchema,
      verdict: ErbmVerdictSchema,
    })
    .nullable(),
  scores: z.object({ visitedOn: z.string(), values: ScoresSchema, mean: z.number() }).nullable(),
  /** Open alerts on the cité that the caller may see; null when it may see none at all. */
  openAlerts: z.number().int().nullable(),
})
export type ErbmCiteSummary = z.infer<typeof ErbmCiteSummarySchema>

/** `GET /erbm/cites`: the cités that match, and whether the official priority list was loaded. */
export const ErbmCiteListSchema = z.object({
  cites: z.array(ErbmCiteSummarySchema),
  numberMatched: z.number().int(),
  priorities: z.object({
    loaded: z.boolean(),
    complete: z.boolean(),
    source: z.string().nullable(),
    command: z.string(),
  }),
})
export type ErbmCiteList = z.infer<typeof ErbmCiteListSchema>

const FileSchema = z.object({
  id: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  href: z.string(),
})

export const ErbmOpinionSchema = z.object({
  id: z.string(),
  givenOn: z.string(),
  subject: ErbmOpinionSubjectSchema,
  verdict: ErbmVerdictSchema,
  text: z.string(),
  dossierNumber: z.string().nullable(),
  author: Person,
  createdAt: Timestamp,
  attachments: z.array(FileSchema),
})
export type ErbmOpinion = z.infer<typeof ErbmOpinionSchema>

export const ErbmDossierSchema = z.object({
  number: z.string(),
  url: z.string(),
  /** 'given': the link an officer gave; 'built': the usual Démarches Simplifiées link, from the number. */
  linkSource: z.enum(['given', 'built']),
  label: z.string().nullable(),
  createdAt: Timestamp,
})
export type ErbmDossier = z.infer<typeof ErbmDossierSchema>

export const ErbmEvaluationSchema = z.object({
  id: z.string(),
  visitedOn: z.string(),
  scores: ScoresSchema,
  comments: criteriaObject(z.string()),
  mean: z.number(),
  author: Person,
  createdAt: Timestamp,
  photos: z.array(FileSchema.extend({ criterion: ErbmCriterionSchema.nullable() })),
})
export type ErbmEvaluation = z.infer<typeof ErbmEvaluationSchema>

export const ErbmEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['followup', 'phase', 'opinion', 'dossier', 'evaluation']),
  at: Timestamp,
  author: Person,
  data: z.record(z.string(), z.unknown()),
})

/** `GET /erbm/cites/{id}`: the whole follow-up of one cité. */
export const ErbmCiteDetailSchema = z.object({
  cite: ErbmCiteSummarySchema,
  followup: z
    .object({ bailleur: z.string().nullable(), logements: z.number().int().nullable(), updatedAt: Timestamp })
    .nullable(),
  /** Every phase of the programme, in order, with its dates when recorded. */
  phases: z.array(
    z.object({ phase: ErbmPhaseSchema, startedOn: z.string().nullable(), endedOn: z.string().nullable() }),
  ),
  opinions: z.array(ErbmOpinionSchema),
  dossiers: z.array(ErbmDossierSchema),
  evaluations: z.array(ErbmEvaluationSchema),
  events: z.array(ErbmEventSchema),
})
export type ErbmCiteDetail = z.infer<typeof ErbmCiteDetailSchema>
