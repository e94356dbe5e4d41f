import {
  idParamsSchema,
  MEDIA_TYPES,
  PasswordResetIssuedSchema,
  UserCreateRequestSchema,
  UserListSchema,
  UserSchema,
  UserUpdateRequestSchema,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { authenticatedUser, requirePermission } from '../../auth/require-permission.ts'
import { baseUrl } from '../../ogc/links.ts'
import { answer, jsonBody, problems, READ_SECURITY, WRITE_SECURITY } from '../../openapi/route-schemas.ts'
import type { PasswordResetsService } from '../../services/accounts/password-resets.ts'
import type { UsersService } from '../../services/accounts/users.ts'
import { ADMIN_ROUTE } from './admin-route.ts'

/** `GET/POST /admin/users`, `PATCH /admin/users/{id}` and `POST /admin/users/{id}/password-reset`. */
export async function userRoutes(
  app: FastifyInstance,
  options: { service: UsersService; resets: PasswordResetsService; publicUrl: string | undefined },
) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  app.addHook('onRequest', requirePermission('admin:manage-users'))

  const list = {
    ...ADMIN_ROUTE,
    summary: 'Les comptes',
    operationId: 'list-users',
    security: READ_SECURITY,
    response: { 200: answer('Les comptes', UserListSchema), ...problems(401, 403) },
  }
  routes.get('/users', { schema: list }, async (_request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await options.service.list())
  })

  const create = {
    ...ADMIN_ROUTE,
    summary: 'Crée un compte',
    operationId: 'create-user',
    security: WRITE_SECURITY,
    body: jsonBody(UserCreateRequestSchema),
    response: { 201: answer('Créé', UserSchema), ...problems(400, 401, 403, 409) },
  }
  routes.post('/users', { schema: create }, async (request, reply) => {
    const body = await options.service.create(authenticatedUser(request), request.body)
    return reply.code(201).type(MEDIA_TYPES.json).send(body)
  })

  const update = {
    ...ADMIN_ROUTE,
    summary: 'Modifie un compte (courriel, nom, rôle, organisation, désactivation, mot de passe)',
    operationId: 'update-user',
    security: WRITE_SECURITY,
    params: idParamsSchema('Identifiant du compte'),
    body: jsonBody(UserUpdateRequestSchema),
    response: { 200: answer('Modifié', UserSchema), ...problems(400, 401, 403, 404, 409) },
  }
  routes.patch('/users/:id', { schema: update }, async (request, reply) => {
    const body = await options.service.update(authenticatedUser(request), request.params.id, request.body)
    return reply.type(MEDIA_TYPES.json).send(body)
  })

  const reset = {
    ...ADMIN_ROUTE,
    summary: 'Émet un lien de réinitialisation du mot de passe (envoyé par courriel, montré une fois)',
    operationId: 'issue-password-reset',
    security: WRITE_SECURITY,
    params: idParamsSchema('Identifiant du compte'),
    response: {
      201: answer('Le lien, montré cette fois seulement', PasswordResetIssuedSchema),
      ...problems(400, 401, 403, 404),
    },
  }
  routes.post('/users/:id/password-reset', { schema: reset }, async (request, reply) => {
    const admin = authenticatedUser(request)
    const appBase = baseUrl(request, options.publicUrl)
    const body = await options.resets.issue(admin, request.params.id, appBase)
    return reply.code(201).type(MEDIA_TYPES.json).send(body)
  })
}
