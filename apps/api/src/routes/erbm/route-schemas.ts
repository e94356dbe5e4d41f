import {
  ErbmAttachmentParamsSchema,
  ErbmCiteDetailSchema,
  ErbmCiteListQuerySchema,
  ErbmCiteListSchema,
  ErbmCiteParamsSchema,
  ErbmCreateHeadersSchema,
  ErbmDossierRequestSchema,
  ErbmEvaluationRequestSchema,
  ErbmFollowupRequestSchema,
  ErbmOpinionRequestSchema,
  ErbmPhaseParamsSchema,
  ErbmPhaseRequestSchema,
  ErbmPhotoParamsSchema,
  MEDIA_TYPES,
  NoQuerySchema,
} from '@heritage-watch/shared'
import { z } from 'zod'
import {
  answer,
  jsonBody,
  opaque,
  problems,
  READ_SECURITY,
  WRITE_SECURITY,
} from '../../openapi/route-schemas.ts'
import { ERBM_ATTACHMENT_TYPES, ERBM_PHOTO_TYPES } from '../../services/erbm/index.ts'

// What each `/erbm/cites` route declares (issue #10 §3). Read by any account, written by staff; every
// answer is sent `Cache-Control: private, no-store`.

const TAGS = ['Suivi ERBM']
const DETAIL = answer('Le suivi complet de la cité', ErbmCiteDetailSchema)
const files = (description: string) => ({
  type: 'array',
  items: { type: 'string', format: 'binary' },
  description,
})
const form = (jsonField: string, fileParts: Record<string, object>) => ({
  type: 'object',
  required: [jsonField],
  properties: {
    [jsonField]: { type: 'string', description: 'Le corps JSON (voir application/json)' },
    ...fileParts,
  },
})

const read = (summary: string, operationId: string) => ({
  tags: TAGS,
  summary,
  operationId,
  security: READ_SECURITY,
  querystring: NoQuerySchema,
})
const write = (summary: string, operationId: string) => ({
  ...read(summary, operationId),
  security: WRITE_SECURITY,
})
const creation = (summary: string, operationId: string) => ({
  ...write(`${summary} ; Idempotency-Key évite les doublons`, operationId),
  params: ErbmCiteParamsSchema,
  headers: ErbmCreateHeadersSchema,
})
const CREATED = {
  201: DETAIL,
  200: answer('Rejeu d’une requête déjà traitée (Idempotent-Replayed: true)', ErbmCiteDetailSchema),
}

export const ERBM_ROUTE_SCHEMAS = {
  list: {
    ...read(
      'Tableau de bord des cités ERBM : phase, dernier avis, notes, alertes ouvertes ; f=csv exporte',
      'list-erbm-cites',
    ),
    querystring: ErbmCiteListQuerySchema,
    response: {
      200: {
        description: 'Les cités (JSON), ou le tableau en CSV (f=csv ou Accept: text/csv)',
        content: { [MEDIA_TYPES.json]: { schema: ErbmCiteListSchema }, 'text/csv': { schema: z.string() } },
      },
      ...problems(400, 401, 403),
    },
  },
  detail: {
    ...read('Le suivi d’une cité : phases, avis, dossiers, bilans, historique', 'get-erbm-cite'),
    params: ErbmCiteParamsSchema,
    response: { 200: DETAIL, ...problems(400, 401, 403, 404) },
  },
  followup: {
    ...write(
      'Bailleur et nombre de logements (rejouable : même valeur, aucun évènement)',
      'put-erbm-followup',
    ),
    params: ErbmCiteParamsSchema,
    body: jsonBody(ErbmFollowupRequestSchema),
    response: { 200: DETAIL, ...problems(400, 401, 403, 404) },
  },
  phase: {
    ...write('Dates d’une phase (rejouable : mêmes dates, aucun évènement)', 'put-erbm-phase'),
    params: ErbmPhaseParamsSchema,
    body: jsonBody(ErbmPhaseRequestSchema),
    response: { 200: DETAIL, ...problems(400, 401, 403, 404) },
  },
  opinion: {
    ...creation('Ajoute un avis de la Mission (JSON, ou multipart avec pièces jointes)', 'add-erbm-opinion'),
    body: jsonBody(ErbmOpinionRequestSchema, {
      'multipart/form-data': form('avis', {
        piece: files(`Pièces jointes (${ERBM_ATTACHMENT_TYPES.join(', ')}, 10 Mo chacune, type vérifié)`),
      }),
    }),
    response: { ...CREATED, ...problems(400, 401, 403, 404, 413, 422) },
  },
  dossier: {
    ...creation('Ajoute un dossier Démarches Simplifiées', 'add-erbm-dossier'),
    body: jsonBody(ErbmDossierRequestSchema),
    response: { ...CREATED, ...problems(400, 401, 403, 404, 409, 422) },
  },
  evaluation: {
    ...creation('Ajoute un bilan qualitatif (JSON, ou multipart avec photos)', 'add-erbm-evaluation'),
    body: jsonBody(ErbmEvaluationRequestSchema, {
      'multipart/form-data': form('bilan', {
        photo: files(`Photos de la visite (${ERBM_PHOTO_TYPES.join(', ')}, 10 Mo chacune)`),
        photo_facades: files(
          'Photos d’un critère : photo_habitabilite, photo_facades, photo_abords, photo_patrimoine',
        ),
      }),
    }),
    response: { ...CREATED, ...problems(400, 401, 403, 404, 413, 422) },
  },
  attachment: {
    ...read('Les octets d’une pièce jointe d’avis', 'get-erbm-attachment'),
    params: ErbmAttachmentParamsSchema,
    response: { 200: opaque('La pièce jointe', ...ERBM_ATTACHMENT_TYPES), ...problems(400, 401, 403, 404) },
  },
  photo: {
    ...read('Les octets d’une photo de bilan', 'get-erbm-photo'),
    params: ErbmPhotoParamsSchema,
    response: { 200: opaque('La photo', ...ERBM_PHOTO_TYPES), ...problems(400, 401, 403, 404) },
  },
}
