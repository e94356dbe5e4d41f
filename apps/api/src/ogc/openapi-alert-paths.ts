import {
  ALERT_CATEGORIES,
  ALERT_SEVERITIES,
  ALERT_SORT_KEYS,
  ALERT_STATUSES,
  ALERTS_COLLECTION_ID,
  AlertAssigneesSchema,
  AlertAssignRequestSchema,
  AlertBadgesSchema,
  AlertBulkResultSchema,
  AlertBulkStatusRequestSchema,
  AlertCommentRequestSchema,
  AlertCreateRequestSchema,
  AlertEditRequestSchema,
  AlertListSchema,
  AlertPreviewRequestSchema,
  AlertPreviewSchema,
  AlertSchema,
  AlertStatusChangeRequestSchema,
  AlertStreamMessageSchema,
  ALERT_PHOTO_MEDIA_TYPES,
  MEDIA_TYPES,
} from '@heritage-watch/shared'
import { ref } from './openapi-components.ts'
import {
  jsonAnswer,
  jsonBody,
  problems,
  READ_SECURITY,
  schemaOf,
  uuidParameter,
  WRITE_SECURITY,
} from './openapi-zod.ts'

// `/alerts/*` (issue #4) and the alerts' OGC collection. Every answer depends on the caller and is sent
// `Cache-Control: private, no-store`; an alert the caller may not see is a 404.

const TAGS = ['Alertes']
const alertId = uuidParameter('id', 'Identifiant de l’alerte')
const listParameter = (name: string, description: string, values: readonly string[]) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'array', items: { type: 'string', enum: [...values] } },
  style: 'form',
  explode: false,
})
const textParameter = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type: 'string' },
})
const FILTERS = [
  listParameter('status', 'Statuts (séparés par des virgules)', ALERT_STATUSES),
  listParameter('severity', 'Gravités', ALERT_SEVERITIES),
  listParameter('category', 'Catégories', ALERT_CATEGORIES),
]
const LIST_FILTERS = [
  ...FILTERS,
  textParameter('commune', 'Commune (nom sans casse ni accents, ou code INSEE)'),
  textParameter('collection', 'Alertes qui nomment une entité de cette collection'),
  textParameter('feature', 'Alertes qui nomment cette entité : <collection>/<id>, ex. terrils/74A'),
  textParameter('assignee', 'Identifiant du chargé de mission, « me » ou « none »'),
  textParameter('datetime', 'Date d’observation : une date, ou un intervalle a/b, ../b, a/..'),
  textParameter('q', 'Mots du titre ou de la description'),
]
const multipartCreate = {
  type: 'object',
  required: ['alert'],
  properties: {
    alert: { type: 'string', description: 'Le corps JSON de l’alerte (voir application/json)' },
    photo: {
      type: 'array',
      items: { type: 'string', format: 'binary' },
      description: `Photos (${ALERT_PHOTO_MEDIA_TYPES.join(', ')}, 10 Mo chacune, type vérifié sur le contenu)`,
    },
  },
}
const alertAnswer = jsonAnswer(AlertSchema, 'L’alerte, avec son historique')
const COLLECTION = `/collections/${ALERTS_COLLECTION_ID}`
const OGC_TAGS = ['Alertes (OGC API - Features)']
const OGC_PROBLEMS = problems(400, 401, 404)

export const ALERT_PATHS = {
  '/alerts': {
    get: {
      tags: TAGS,
      summary:
        'Les alertes visibles par le compte, filtrées ; f=csv ou f=geojson exporte toutes les correspondances',
      operationId: 'list-alerts',
      security: READ_SECURITY,
      parameters: [
        ...LIST_FILTERS,
        textParameter('sort', `Tri : ${ALERT_SORT_KEYS.join(', ')}, préfixés de - pour décroissant`),
        {
          name: 'limit',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 1, maximum: 1000 },
        },
        { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0 } },
        {
          name: 'f',
          in: 'query',
          required: false,
          schema: { type: 'string', enum: ['json', 'csv', 'geojson'] },
        },
      ],
      responses: {
        '200': {
          description: 'Une page (JSON), ou l’export complet (CSV, GeoJSON)',
          content: {
            [MEDIA_TYPES.json]: { schema: schemaOf(AlertListSchema) },
            'text/csv': { schema: { type: 'string' } },
            [MEDIA_TYPES.geojson]: { schema: ref('schemas/FeatureCollection') },
          },
        },
        ...problems(400, 401, 403),
      },
    },
    post: {
      tags: TAGS,
      summary: 'Signale une alerte (JSON, ou multipart avec photos) ; Idempotency-Key évite les doublons',
      operationId: 'create-alert',
      security: WRITE_SECURITY,
      parameters: [
        {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Une nouvelle requête avec la même clé rend la première alerte (200)',
          schema: { type: 'string', maxLength: 255 },
        },
      ],
      requestBody: {
        required: true,
        content: {
          [MEDIA_TYPES.json]: { schema: schemaOf(AlertCreateRequestSchema, 'input') },
          'multipart/form-data': { schema: multipartCreate },
        },
      },
      responses: {
        '201': alertAnswer,
        '200': jsonAnswer(AlertSchema, 'Rejeu d’une requête déjà traitée (Idempotent-Replayed: true)'),
        ...problems(400, 401, 403, 413, 422),
      },
    },
  },
  '/alerts/preview': {
    post: {
      tags: TAGS,
      summary: 'Contexte spatial et doublons possibles d’un lieu, avant de signaler',
      operationId: 'preview-alert',
      security: WRITE_SECURITY,
      requestBody: jsonBody(AlertPreviewRequestSchema),
      responses: { '200': jsonAnswer(AlertPreviewSchema, 'Le contexte'), ...problems(400, 401, 403) },
    },
  },
  '/alerts/badges': {
    get: {
      tags: TAGS,
      summary: 'Entités portant des alertes ouvertes visibles par l’appelant (aucune pour le public)',
      operationId: 'alert-badges',
      security: [...READ_SECURITY, {}],
      responses: { '200': jsonAnswer(AlertBadgesSchema, 'Les pastilles') },
    },
  },
  '/alerts/assignees': {
    get: {
      tags: TAGS,
      summary: 'Les chargés de mission à qui attribuer une alerte',
      operationId: 'alert-assignees',
      security: READ_SECURITY,
      responses: { '200': jsonAnswer(AlertAssigneesSchema, 'Les comptes'), ...problems(401, 403) },
    },
  },
  '/alerts/bulk/status': {
    post: {
      tags: TAGS,
      summary: 'Même changement de statut sur plusieurs alertes, toutes ou aucune',
      operationId: 'bulk-alert-status',
      security: WRITE_SECURITY,
      requestBody: jsonBody(AlertBulkStatusRequestSchema),
      responses: { '200': jsonAnswer(AlertBulkResultSchema, 'Les alertes'), ...problems(400, 401, 403) },
    },
  },
  '/alerts/feed.atom': {
    get: {
      tags: TAGS,
      summary:
        'Flux Atom des 50 derniers changements des alertes visibles (jeton en en-tête, en ?token= ou cookie)',
      description:
        'Les lecteurs de flux n’envoient pas d’en-têtes : le jeton peut aller dans l’URL, où il reste dans leurs réglages et les journaux des proxys. Créez un jeton pour le flux seul, révocable sans toucher aux autres.',
      operationId: 'alert-feed',
      security: [...READ_SECURITY, { feedToken: [] }],
      responses: {
        '200': {
          description: 'Atom 1.0, le plus récent d’abord',
          content: { [MEDIA_TYPES.atom]: { schema: { type: 'string' } } },
        },
        ...problems(400, 401, 403),
      },
    },
  },
  '/alerts/stream': {
    get: {
      tags: TAGS,
      summary: 'Changements en direct (server-sent events, évènement « alert »), pour les alertes visibles',
      description: `Chaque message « alert » porte en data : ${JSON.stringify(schemaOf(AlertStreamMessageSchema))}. Un commentaire toutes les 25 s maintient la connexion ; le flux se ferme au bout de 10 min et EventSource se reconnecte, ce qui vérifie à nouveau la session.`,
      operationId: 'alert-stream',
      security: READ_SECURITY,
      responses: {
        '200': {
          description: 'Flux text/event-stream sans fin',
          content: { [MEDIA_TYPES.eventStream]: { schema: { type: 'string' } } },
        },
        ...problems(400, 401, 403),
      },
    },
  },
  '/alerts/{id}': {
    get: {
      tags: TAGS,
      summary: 'Une alerte, avec son contexte, ses photos et son historique',
      operationId: 'get-alert',
      security: READ_SECURITY,
      parameters: [alertId],
      responses: { '200': alertAnswer, ...problems(400, 401, 403, 404) },
    },
    patch: {
      tags: TAGS,
      summary: 'Corrige une alerte ouverte (un évènement par changement)',
      operationId: 'edit-alert',
      security: WRITE_SECURITY,
      parameters: [alertId],
      requestBody: jsonBody(AlertEditRequestSchema),
      responses: { '200': alertAnswer, ...problems(400, 401, 403, 404, 409) },
    },
  },
  '/alerts/{id}/status': {
    post: {
      tags: TAGS,
      summary: 'Change le statut selon le circuit autorisé, avec un commentaire facultatif',
      operationId: 'change-alert-status',
      security: WRITE_SECURITY,
      parameters: [alertId],
      requestBody: jsonBody(AlertStatusChangeRequestSchema),
      responses: { '200': alertAnswer, ...problems(400, 401, 403, 404, 409) },
    },
  },
  '/alerts/{id}/assignee': {
    put: {
      tags: TAGS,
      summary: 'Attribue l’alerte à un chargé de mission, ou à personne',
      operationId: 'assign-alert',
      security: WRITE_SECURITY,
      parameters: [alertId],
      requestBody: jsonBody(AlertAssignRequestSchema),
      responses: { '200': alertAnswer, ...problems(400, 401, 403, 404) },
    },
  },
  '/alerts/{id}/comments': {
    post: {
      tags: TAGS,
      summary: 'Ajoute un commentaire à l’historique',
      operationId: 'comment-alert',
      security: WRITE_SECURITY,
      parameters: [alertId],
      requestBody: jsonBody(AlertCommentRequestSchema),
      responses: { '200': alertAnswer, ...problems(400, 401, 403, 404) },
    },
  },
  '/alerts/{id}/photos': {
    post: {
      tags: TAGS,
      summary: 'Ajoute des photos à une alerte ouverte',
      operationId: 'add-alert-photos',
      security: WRITE_SECURITY,
      parameters: [alertId],
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { photo: multipartCreate.properties.photo } },
          },
        },
      },
      responses: { '200': alertAnswer, ...problems(400, 401, 403, 404, 409, 413) },
    },
  },
  '/alerts/{id}/photos/{photoId}': {
    get: {
      tags: TAGS,
      summary: 'Les octets d’une photo (mêmes droits que l’alerte ; en-tête Digest SHA-256)',
      operationId: 'get-alert-photo',
      security: READ_SECURITY,
      parameters: [alertId, uuidParameter('photoId', 'Identifiant de la photo')],
      responses: {
        '200': {
          description: 'La photo',
          content: Object.fromEntries(
            ALERT_PHOTO_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
          ),
        },
        ...problems(400, 401, 403, 404),
      },
    },
  },
  [COLLECTION]: {
    get: {
      tags: OGC_TAGS,
      summary: 'Métadonnées : alertes visibles par le compte (étendue et nombre calculés pour lui)',
      operationId: `describe-${ALERTS_COLLECTION_ID}`,
      security: READ_SECURITY,
      responses: { '200': ref('responses/Collection'), ...OGC_PROBLEMS },
    },
  },
  [`${COLLECTION}/items`]: {
    get: {
      tags: OGC_TAGS,
      summary: 'Alertes visibles par le compte, en GeoJSON (CRS84), la plus récemment observée d’abord',
      operationId: `get-${ALERTS_COLLECTION_ID}-items`,
      security: READ_SECURITY,
      parameters: [
        ref('parameters/bbox'),
        {
          name: 'bbox-crs',
          in: 'query',
          required: false,
          schema: {
            type: 'string',
            enum: [
              'http://www.opengis.net/def/crs/OGC/1.3/CRS84',
              'http://www.opengis.net/def/crs/EPSG/0/4326',
            ],
          },
        },
        ref('parameters/limit'),
        ref('parameters/offset'),
        { ...textParameter('datetime', 'Date d’observation : une date, ou un intervalle a/b, ../b, a/..') },
        ...FILTERS,
      ],
      responses: { '200': ref('responses/Features'), ...OGC_PROBLEMS },
    },
  },
  [`${COLLECTION}/items/{featureId}`]: {
    get: {
      tags: OGC_TAGS,
      summary: 'Une alerte en GeoJSON',
      operationId: `get-${ALERTS_COLLECTION_ID}-feature`,
      security: READ_SECURITY,
      parameters: [uuidParameter('featureId', 'Identifiant de l’alerte')],
      responses: { '200': ref('responses/Feature'), ...OGC_PROBLEMS },
    },
  },
  [`${COLLECTION}/queryables`]: {
    get: {
      tags: OGC_TAGS,
      summary: 'Propriétés filtrables : statut, gravité, catégorie',
      operationId: `get-${ALERTS_COLLECTION_ID}-queryables`,
      security: READ_SECURITY,
      responses: {
        '200': {
          description: 'JSON Schema des propriétés filtrables',
          content: { [MEDIA_TYPES.jsonSchema]: { schema: { type: 'object' } } },
        },
        ...OGC_PROBLEMS,
      },
    },
  },
}
