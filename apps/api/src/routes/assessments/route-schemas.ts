import {
  ALERT_PHOTO_MEDIA_TYPES,
  AlertCreateHeadersSchema,
  AssessmentCreateRequestSchema,
  AssessmentLatestListSchema,
  AssessmentListQuerySchema,
  AssessmentPhotoParamsSchema,
  AssessmentSchema,
  AssessmentSeriesSchema,
  AssessmentValidationRequestSchema,
  idParamsSchema,
  NoQuerySchema,
  SiteAtRiskFollowupRequestSchema,
  SiteAtRiskFollowupSchema,
} from '@heritage-watch/shared'
import {
  answer,
  BINARY,
  jsonBody,
  problems,
  READ_SECURITY,
  WRITE_SECURITY,
} from '../../openapi/route-schemas.ts'

// What each `/assessments` route declares (issue #10 §2). Every answer depends on the caller and is sent
// `Cache-Control: private, no-store`; a constat the caller may not see is a 404.

const TAGS = ['Constats d’état']
const ASSESSMENT = answer('Le constat, avec son historique', AssessmentSchema)
const MULTIPART_CREATE = {
  type: 'object',
  required: ['assessment'],
  properties: {
    assessment: { type: 'string', description: 'Le corps JSON du constat (voir application/json)' },
    photo: {
      type: 'array',
      items: { type: 'string', format: 'binary' },
      description: `Photos (${ALERT_PHOTO_MEDIA_TYPES.join(', ')}, 10 Mo chacune, type vérifié sur le contenu)`,
    },
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

export const ASSESSMENT_ROUTE_SCHEMAS = {
  create: {
    ...write(
      'Enregistre un constat d’état (validé pour un chargé de mission, proposé pour un partenaire) ; JSON ou multipart avec photos',
      'create-assessment',
    ),
    headers: AlertCreateHeadersSchema,
    body: jsonBody(AssessmentCreateRequestSchema, { 'multipart/form-data': MULTIPART_CREATE }),
    response: {
      201: ASSESSMENT,
      200: answer('Rejeu d’une requête déjà traitée (Idempotent-Replayed: true)', AssessmentSchema),
      ...problems(400, 401, 403, 413, 422),
    },
  },
  series: {
    ...read(
      'Les constats d’une entité visibles par le compte, avec le dernier état validé et la tendance calculée',
      'list-assessments',
    ),
    querystring: AssessmentListQuerySchema,
    response: { 200: answer('La série', AssessmentSeriesSchema), ...problems(400, 401, 403, 404) },
  },
  latest: {
    ...read(
      'Le dernier état validé de chaque entité visible (style de carte « état »)',
      'latest-assessments',
    ),
    response: { 200: answer('Les derniers états', AssessmentLatestListSchema), ...problems(400, 401, 403) },
  },
  get: {
    ...read('Un constat, avec ses photos et son historique', 'get-assessment'),
    params: idParamsSchema('Identifiant du constat'),
    response: { 200: ASSESSMENT, ...problems(400, 401, 403, 404) },
  },
  validation: {
    ...write('Valide ou refuse la proposition d’un partenaire', 'validate-assessment'),
    params: idParamsSchema('Identifiant du constat'),
    body: jsonBody(AssessmentValidationRequestSchema),
    response: { 200: ASSESSMENT, ...problems(400, 401, 403, 404, 409) },
  },
  photo: {
    ...read('Les octets d’une photo (mêmes droits que le constat)', 'get-assessment-photo'),
    params: AssessmentPhotoParamsSchema,
    response: {
      200: {
        description: 'La photo',
        content: Object.fromEntries(ALERT_PHOTO_MEDIA_TYPES.map((type) => [type, { schema: BINARY }])),
      },
      ...problems(400, 401, 403, 404),
    },
  },
  followup: {
    tags: ['Sites en danger'],
    summary: 'Le suivi d’un site en danger : souscription Fondation du Patrimoine, propriétaire, protection',
    operationId: 'get-site-at-risk-followup',
    security: [...READ_SECURITY, {}],
    querystring: NoQuerySchema,
    params: idParamsSchema('Identifiant du site en danger'),
    response: { 200: answer('Le suivi', SiteAtRiskFollowupSchema), ...problems(400, 404) },
  },
  editFollowup: {
    tags: ['Sites en danger'],
    summary: 'Remplace le suivi d’un site en danger (chargés de mission)',
    operationId: 'put-site-at-risk-followup',
    security: WRITE_SECURITY,
    querystring: NoQuerySchema,
    params: idParamsSchema('Identifiant du site en danger'),
    body: jsonBody(SiteAtRiskFollowupRequestSchema),
    response: { 200: answer('Le suivi', SiteAtRiskFollowupSchema), ...problems(400, 401, 403, 404) },
  },
}
