import {
  ApiTokenCreatedSchema,
  ApiTokenCreateRequestSchema,
  ApiTokenListSchema,
  LoginRequestSchema,
  LoginResponseSchema,
  MeResponseSchema,
  OrganisationCreateRequestSchema,
  OrganisationListSchema,
  OrganisationSchema,
  UserCreateRequestSchema,
  UserListSchema,
  UserSchema,
  UserUpdateRequestSchema,
} from '@heritage-watch/shared'
import {
  jsonAnswer,
  jsonBody,
  problems,
  READ_SECURITY,
  uuidParameter,
  WRITE_SECURITY,
} from './openapi-zod.ts'

// `/auth/*` (sessions and personal API tokens) and `/admin/*` (users and organisations, admins only).

const ACCOUNTS = ['Comptes']
const ADMIN = ['Administration']

export const ACCOUNT_PATHS = {
  '/auth/login': {
    post: {
      tags: ACCOUNTS,
      summary: 'Ouvre une session (cookie hw_session) et rend le jeton CSRF',
      operationId: 'login',
      security: [],
      requestBody: jsonBody(LoginRequestSchema),
      responses: { '200': jsonAnswer(LoginResponseSchema, 'Session ouverte'), ...problems(400, 401, 429) },
    },
  },
  '/auth/logout': {
    post: {
      tags: ACCOUNTS,
      summary: 'Ferme la session',
      operationId: 'logout',
      security: WRITE_SECURITY,
      responses: { '204': { description: 'Session fermée' }, ...problems(401, 403) },
    },
  },
  '/auth/me': {
    get: {
      tags: ACCOUNTS,
      summary: 'Le compte appelant et son jeton CSRF',
      operationId: 'me',
      security: READ_SECURITY,
      responses: { '200': jsonAnswer(MeResponseSchema, 'Le compte'), ...problems(401) },
    },
  },
  '/auth/tokens': {
    get: {
      tags: ACCOUNTS,
      summary: 'Mes jetons d’API (sans leur secret)',
      operationId: 'list-tokens',
      security: READ_SECURITY,
      responses: { '200': jsonAnswer(ApiTokenListSchema, 'Les jetons'), ...problems(401) },
    },
    post: {
      tags: ACCOUNTS,
      summary: 'Crée un jeton d’API : le secret n’est rendu qu’une fois',
      operationId: 'create-token',
      security: WRITE_SECURITY,
      requestBody: jsonBody(ApiTokenCreateRequestSchema),
      responses: {
        '201': jsonAnswer(ApiTokenCreatedSchema, 'Le jeton, avec son secret'),
        ...problems(400, 401, 403),
      },
    },
  },
  '/auth/tokens/{id}': {
    delete: {
      tags: ACCOUNTS,
      summary: 'Révoque un de mes jetons',
      operationId: 'revoke-token',
      security: WRITE_SECURITY,
      parameters: [uuidParameter('id', 'Identifiant du jeton')],
      responses: { '204': { description: 'Révoqué' }, ...problems(400, 401, 403, 404) },
    },
  },
  '/admin/organisations': {
    get: {
      tags: ADMIN,
      summary: 'Les organisations partenaires',
      operationId: 'list-organisations',
      security: READ_SECURITY,
      responses: { '200': jsonAnswer(OrganisationListSchema, 'Les organisations'), ...problems(401, 403) },
    },
    post: {
      tags: ADMIN,
      summary: 'Crée une organisation',
      operationId: 'create-organisation',
      security: WRITE_SECURITY,
      requestBody: jsonBody(OrganisationCreateRequestSchema),
      responses: { '201': jsonAnswer(OrganisationSchema, 'Créée'), ...problems(400, 401, 403, 409) },
    },
  },
  '/admin/users': {
    get: {
      tags: ADMIN,
      summary: 'Les comptes',
      operationId: 'list-users',
      security: READ_SECURITY,
      responses: { '200': jsonAnswer(UserListSchema, 'Les comptes'), ...problems(401, 403) },
    },
    post: {
      tags: ADMIN,
      summary: 'Crée un compte',
      operationId: 'create-user',
      security: WRITE_SECURITY,
      requestBody: jsonBody(UserCreateRequestSchema),
      responses: { '201': jsonAnswer(UserSchema, 'Créé'), ...problems(400, 401, 403, 409) },
    },
  },
  '/admin/users/{id}': {
    patch: {
      tags: ADMIN,
      summary: 'Modifie un compte (rôle, organisation, nom, désactivation, mot de passe)',
      operationId: 'update-user',
      security: WRITE_SECURITY,
      parameters: [uuidParameter('id', 'Identifiant du compte')],
      requestBody: jsonBody(UserUpdateRequestSchema),
      responses: { '200': jsonAnswer(UserSchema, 'Modifié'), ...problems(400, 401, 403, 404, 409) },
    },
  },
}
