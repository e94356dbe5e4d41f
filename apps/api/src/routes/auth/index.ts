import {
  type LoginResponse,
  LoginRequestSchema,
  LoginResponseSchema,
  MEDIA_TYPES,
  type MeResponse,
  MeResponseSchema,
  PasswordResetRequestSchema,
} from '@heritage-watch/shared'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { authenticatedUser, requirePermission } from '../../auth/require-permission.ts'
import { noStore } from '../../auth/route-hooks.ts'
import {
  clearSessionCookie,
  type SessionCookieSettings,
  setSessionCookie,
} from '../../auth/session-cookie.ts'
import { UnauthorizedError } from '../../errors.ts'
import {
  answer,
  jsonBody,
  noContent,
  problems,
  READ_SECURITY,
  WRITE_SECURITY,
} from '../../openapi/route-schemas.ts'
import { ACCOUNT_MESSAGES, type AccountsServices } from '../../services/accounts/index.ts'
import { ACCOUNT_ROUTE } from './account-route.ts'
import { apiTokenRoutes } from './tokens.ts'

/** The longest user agent the login log keeps: enough to tell a browser, not a place to store a body. */
const USER_AGENT_MAX = 400

/** Where a login comes from, for the limits and the log. Behind a proxy, set trustProxy (server.ts). */
function loginClient(request: FastifyRequest) {
  const agent = request.headers['user-agent']
  return { address: request.ip, userAgent: agent ? agent.slice(0, USER_AGENT_MAX) : null }
}

/**
 * `/auth/*`: login, logout, the current account, and (under /auth/tokens) personal API tokens. Routes
 * are HTTP only; the accounts services do the work and the policy decides through requirePermission.
 */
export async function authRoutes(
  app: FastifyInstance,
  options: { accounts: AccountsServices; sessionCookie: SessionCookieSettings },
) {
  const { accounts, sessionCookie } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()
  app.addHook('onSend', noStore)

  routes.post(
    '/login',
    {
      config: { csrf: false },
      schema: {
        ...ACCOUNT_ROUTE,
        summary: 'Ouvre une session (cookie hw_session) et rend le jeton CSRF',
        operationId: 'login',
        security: [],
        body: jsonBody(LoginRequestSchema),
        response: { 200: answer('Session ouverte', LoginResponseSchema), ...problems(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const previous =
        request.authentication.kind === 'session' ? request.authentication.tokenHash : undefined
      const session = await accounts.sessions.login(request.body, loginClient(request), previous)
      setSessionCookie(reply, session.sessionToken, sessionCookie)
      const body: LoginResponse = { user: session.user, csrfToken: session.csrfToken }
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )

  // Ends the session the cookie names (CSRF-checked like every cookie write), and the cookie with it.
  const logout = {
    ...ACCOUNT_ROUTE,
    summary: 'Ferme la session',
    operationId: 'logout',
    security: WRITE_SECURITY,
    response: { 204: noContent('Session fermée'), ...problems(401, 403) },
  }
  routes.post('/logout', { schema: logout }, async (request, reply) => {
    const { authentication } = request
    if (authentication.kind !== 'session') {
      throw new UnauthorizedError(
        authentication.kind === 'anonymous' && authentication.failure
          ? authentication.failure
          : ACCOUNT_MESSAGES.noSessionToEnd,
      )
    }
    await accounts.sessions.logout(authentication.tokenHash)
    clearSessionCookie(reply, sessionCookie)
    return reply.code(204).send()
  })

  const me = {
    ...ACCOUNT_ROUTE,
    summary: 'Le compte appelant et son jeton CSRF',
    operationId: 'me',
    security: READ_SECURITY,
    response: { 200: answer('Le compte', MeResponseSchema), ...problems(401) },
  }
  routes.get(
    '/me',
    { onRequest: requirePermission('account:read-self'), schema: me },
    async (request, reply) => {
      const { authentication } = request
      const body: MeResponse = {
        user: authenticatedUser(request),
        authenticatedBy: authentication.kind === 'session' ? 'session' : 'token',
        csrfToken: authentication.kind === 'session' ? authentication.csrfToken : null,
      }
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )

  // Authenticated by the link's token, not by a cookie: no CSRF header (the page has no session).
  const reset = {
    ...ACCOUNT_ROUTE,
    summary: 'Choisit un nouveau mot de passe avec un lien de réinitialisation (usage unique)',
    operationId: 'use-password-reset',
    security: [],
    body: jsonBody(PasswordResetRequestSchema),
    response: { 204: noContent('Mot de passe changé, sessions fermées'), ...problems(400) },
  }
  routes.post('/password-reset', { config: { csrf: false }, schema: reset }, async (request, reply) => {
    await accounts.passwordResets.use(request.body)
    return reply.code(204).send()
  })

  await app.register(apiTokenRoutes, { prefix: '/tokens', service: accounts.apiTokens })
}
