import {
  ALERT_PHOTO_MEDIA_TYPES,
  AlertExportSchema,
  AlertPhotoParamsSchema,
  AlertAssigneesSchema,
  AlertAssignRequestSchema,
  AlertBadgesSchema,
  AlertBulkResultSchema,
  AlertBulkStatusRequestSchema,
  AlertCreateHeadersSchema,
  AlertCommentRequestSchema,
  AlertCreateRequestSchema,
  AlertEditRequestSchema,
  AlertListQuerySchema,
  AlertListSchema,
  AlertPreviewRequestSchema,
  AlertPreviewSchema,
  AlertSchema,
  AlertStatusChangeRequestSchema,
  idParamsSchema,
  MEDIA_TYPES,
  NoQuerySchema,
} from '@heritage-watch/shared'
import { z } from 'zod'
import {
  answer,
  BINARY,
  jsonBody,
  problems,
  READ_SECURITY,
  WRITE_SECURITY,
} from '../../openapi/route-schemas.ts'

// What each `/alerts` route declares (issue #4). Every answer depends on the caller and is sent
// `Cache-Control: private, no-store`; an alert the caller may not see is a 404.

const TAGS = ['Alertes']
const ALERT = answer('L’alerte, avec son historique', AlertSchema)
const AlertIdSchema = idParamsSchema('Identifiant de l’alerte')
const PHOTOS = {
  type: 'array',
  items: { type: 'string', format: 'binary' },
  description: `Photos (${ALERT_PHOTO_MEDIA_TYPES.join(', ')}, 10 Mo chacune, type vérifié sur le contenu)`,
}
/** A multipart form is read by the route (multipart.ts); the document still says what it holds. */
const MULTIPART_CREATE = {
  type: 'object',
  required: ['alert'],
  properties: {
    alert: { type: 'string', description: 'Le corps JSON de l’alerte (voir application/json)' },
    photo: PHOTOS,
  },
}

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

export const ALERT_ROUTE_SCHEMAS = {
  badges: {
    ...read(
      'Entités portant des alertes ouvertes visibles par l’appelant (aucune pour le public)',
      'alert-badges',
    ),
    security: [...READ_SECURITY, {}],
    response: { 200: answer('Les pastilles', AlertBadgesSchema), ...problems(400) },
  },
  assignees: {
    ...read('Les chargés de mission à qui attribuer une alerte', 'alert-assignees'),
    response: { 200: answer('Les comptes', AlertAssigneesSchema), ...problems(400, 401, 403) },
  },
  preview: {
    ...write('Contexte spatial et doublons possibles d’un lieu, avant de signaler', 'preview-alert'),
    body: jsonBody(AlertPreviewRequestSchema),
    response: { 200: answer('Le contexte', AlertPreviewSchema), ...problems(400, 401, 403) },
  },
  create: {
    ...write(
      'Signale une alerte (JSON, ou multipart avec photos) ; Idempotency-Key évite les doublons',
      'create-alert',
    ),
    headers: AlertCreateHeadersSchema,
    body: jsonBody(AlertCreateRequestSchema, { 'multipart/form-data': MULTIPART_CREATE }),
    response: {
      201: ALERT,
      200: answer('Rejeu d’une requête déjà traitée (Idempotent-Replayed: true)', AlertSchema),
      ...problems(400, 401, 403, 413, 422),
    },
  },
  list: {
    ...read(
      'Les alertes visibles par le compte, filtrées ; f=csv ou f=geojson exporte toutes les correspondances',
      'list-alerts',
    ),
    querystring: AlertListQuerySchema,
    response: {
      200: {
        description: 'Une page (JSON), ou l’export complet (CSV, GeoJSON)',
        content: {
          [MEDIA_TYPES.json]: { schema: AlertListSchema },
          'text/csv': { schema: z.string() },
          [MEDIA_TYPES.geojson]: { schema: AlertExportSchema },
        },
      },
      ...problems(400, 401, 403),
    },
  },
  bulkStatus: {
    ...write('Même changement de statut sur plusieurs alertes, toutes ou aucune', 'bulk-alert-status'),
    body: jsonBody(AlertBulkStatusRequestSchema),
    response: { 200: answer('Les alertes', AlertBulkResultSchema), ...problems(400, 401, 403) },
  },
  get: {
    ...read('Une alerte, avec son contexte, ses photos et son historique', 'get-alert'),
    params: AlertIdSchema,
    response: { 200: ALERT, ...problems(400, 401, 403, 404) },
  },
  edit: {
    ...write('Corrige une alerte ouverte (un évènement par changement)', 'edit-alert'),
    params: AlertIdSchema,
    body: jsonBody(AlertEditRequestSchema),
    response: { 200: ALERT, ...problems(400, 401, 403, 404, 409) },
  },
  changeStatus: {
    ...write(
      'Change le statut selon le circuit autorisé, avec un commentaire facultatif',
      'change-alert-status',
    ),
    params: AlertIdSchema,
    body: jsonBody(AlertStatusChangeRequestSchema),
    response: { 200: ALERT, ...problems(400, 401, 403, 404, 409) },
  },
  assign: {
    ...write('Attribue l’alerte à un chargé de mission, ou à personne', 'assign-alert'),
    params: AlertIdSchema,
    body: jsonBody(AlertAssignRequestSchema),
    response: { 200: ALERT, ...problems(400, 401, 403, 404) },
  },
  comment: {
    ...write('Ajoute un commentaire à l’historique', 'comment-alert'),
    params: AlertIdSchema,
    body: jsonBody(AlertCommentRequestSchema),
    response: { 200: ALERT, ...problems(400, 401, 403, 404) },
  },
  addPhotos: {
    ...write('Ajoute des photos à une alerte ouverte', 'add-alert-photos'),
    params: AlertIdSchema,
    body: {
      content: { 'multipart/form-data': { schema: { type: 'object', properties: { photo: PHOTOS } } } },
    },
    response: { 200: ALERT, ...problems(400, 401, 403, 404, 409, 413) },
  },
  photo: {
    ...read('Les octets d’une photo (mêmes droits que l’alerte ; en-tête Digest SHA-256)', 'get-alert-photo'),
    params: AlertPhotoParamsSchema,
    response: {
      200: {
        description: 'La photo',
        content: Object.fromEntries(ALERT_PHOTO_MEDIA_TYPES.map((type) => [type, { schema: BINARY }])),
      },
      ...problems(400, 401, 403, 404),
    },
  },
}
