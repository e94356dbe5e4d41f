import { z } from 'zod'
import { onceText, valueList } from '../ogc/query-values.ts'
import { ERBM_PRIORITIES, ErbmPhaseSchema } from './erbm.ts'
import { ERBM_PHASES, ERBM_VERDICTS } from './erbm-values.ts'
import { uuidText } from './path-params.ts'

// The queries and path parameters of /erbm/cites (issue #10 §3).

/** What the dashboard sorts on; a leading - sorts descending. */
export const ERBM_SORT_KEYS = [
  'nom',
  'commune',
  'priorite',
  'phase',
  'avis',
  'score',
  'alertes',
  'logements',
] as const
export type ErbmSortKey = (typeof ERBM_SORT_KEYS)[number]
/** The phase filter's word for a cité whose follow-up has no phase begun. */
export const ERBM_NO_PHASE = 'aucune'
export const ERBM_LIST_FORMATS = ['json', 'csv'] as const

const text = (description: string) =>
  onceText()
    .transform((raw) => raw.trim() || undefined)
    .meta({ type: 'string', description } as Record<string, unknown>)

const sortTerm = onceText()
  .transform((raw, context) => {
    const key = raw.trim().replace(/^[+-]/, '')
    const known = ERBM_SORT_KEYS.find((sortKey) => sortKey === key)
    if (known) return { key: known, descending: raw.trim().startsWith('-') }
    context.addIssue({ code: 'custom', message: `cannot sort on "${key}"; use ${ERBM_SORT_KEYS.join(', ')}` })
    return z.NEVER
  })
  .meta({
    type: 'string',
    description: `Tri : ${ERBM_SORT_KEYS.join(', ')}, préfixé de - pour décroissant`,
  } as Record<string, unknown>)

/** Query of `GET /erbm/cites`: filters, sort and format (CSV: `f=csv` or `Accept: text/csv`). */
export const ErbmCiteListQuerySchema = z.strictObject({
  phase: valueList([...ERBM_PHASES, ERBM_NO_PHASE])
    .meta({ description: `Phase en cours (${ERBM_NO_PHASE} : aucune phase commencée)` })
    .optional(),
  priorite: valueList(ERBM_PRIORITIES).meta({ description: 'Cité prioritaire ERBM' }).optional(),
  verdict: valueList(ERBM_VERDICTS).meta({ description: 'Avis du dernier avis de la Mission' }).optional(),
  commune: text('Commune (nom exact, sans tenir compte de la casse)').optional(),
  q: text('Mots du nom de la cité').optional(),
  sort: sortTerm.optional(),
  f: z.enum(ERBM_LIST_FORMATS, { error: `must be one of ${ERBM_LIST_FORMATS.join(', ')}` }).optional(),
})
export type ErbmCiteListParameters = z.output<typeof ErbmCiteListQuerySchema>

const citeId = z.string().max(100).meta({ description: 'Identifiant de la cité (couche cites-erbm)' })
export const ErbmCiteParamsSchema = z.object({ id: citeId })
export const ErbmPhaseParamsSchema = z.object({ id: citeId, phase: ErbmPhaseSchema })
export const ErbmAttachmentParamsSchema = z.object({
  id: citeId,
  opinionId: uuidText('Identifiant de l’avis'),
  attachmentId: uuidText('Identifiant de la pièce jointe'),
})
export const ErbmPhotoParamsSchema = z.object({
  id: citeId,
  evaluationId: uuidText('Identifiant du bilan'),
  photoId: uuidText('Identifiant de la photo'),
})
export const ErbmCreateHeadersSchema = z.looseObject({
  'idempotency-key': z
    .string()
    .meta({
      maxLength: 255,
      description: 'Une nouvelle requête avec la même clé rend la première réponse (200)',
    })
    .optional(),
})
