import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ForbiddenError, UnauthorizedError } from '../errors.ts'
import { ACCOUNT_MESSAGES, type AccountsServices, type Authentication } from '../services/accounts/index.ts'
import { ANONYMOUS } from '../services/accounts/authentication.ts'
import { type Actor, actorOf, PUBLIC_ACTOR } from '@heritage-watch/shared'
import { SESSION_COOKIE } from './session-cookie.ts'
import { secretsEqual } from './tokens.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking, for the policy: PUBLIC_ACTOR unless a session cookie or an API token says otherwise. */
    actor: Actor
    /** How the actor was authenticated, or why the credentials the request came with were refused. */
    authentication: Authentication
  }
  interface FastifyContextConfig {
    /** false on the one write a session cookie does not authorise: the login, which carries a password. */
    csrf?: false
    /** false on a route that reads its own Authorization header (GET /metrics and its bearer token). */
    authentication?: false
  }
}

/** Writes: a session-authenticated one must prove it comes from our page, with the CSRF header. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const BEARER = /^bearer\s+/i

async function authenticate(request: FastifyRequest, accounts: AccountsServices): Promise<Authentication> {
  const header = request.headers.authorization
  // Other schemes (Basic from a proxy in front of a staging site) are not ours to judge.
  if (header && BEARER.test(header)) {
    const result = await accounts.apiTokens.authenticate(header.replace(BEARER, '').trim())
    // A token is sent on purpose: a bad one is an error at once, never a silent anonymous answer.
    if (result.kind === 'anonymous')
      throw new UnauthorizedError(result.failure ?? ACCOUNT_MESSAGES.tokenInvalid)
    return result
  }
  const sessionToken = request.cookies[SESSION_COOKIE]
  // A stale cookie is not an error on public routes (the browser keeps sending it); routes that need an
  // account say why in their 401.
  return sessionToken ? accounts.sessions.authenticate(sessionToken) : ANONYMOUS
}

/**
 * Checks the CSRF header of a write authenticated by the session cookie. Requests with a Bearer token
 * need none: a browser never adds that header to a cross-site request on its own.
 * @throws ForbiddenError naming the X-CSRF-Token header
 */
function checkCsrf(request: FastifyRequest): void {
  const { authentication } = request
  if (authentication.kind !== 'session' || !UNSAFE_METHODS.has(request.method)) return
  if (request.routeOptions.config?.csrf === false) return
  const given = request.headers['x-csrf-token']
  if (typeof given !== 'string' || given === '')
    throw new ForbiddenError(ACCOUNT_MESSAGES.csrfMissing, 'csrf_missing')
  if (!secretsEqual(given, authentication.csrfToken))
    throw new ForbiddenError(ACCOUNT_MESSAGES.csrfWrong, 'csrf_wrong')
}

/**
 * Sets `request.actor` and `request.authentication` on every request, from the Bearer token or else the
 * `hw_session` cookie, and enforces CSRF on cookie-authenticated writes. It runs onRequest, before any
 * body is read, so a refused write costs nothing. Routes then ask the policy with requirePermission.
 * Requests without credentials never touch the database.
 */
export const authentication = fp(
  async (app: FastifyInstance, options: { accounts: AccountsServices }) => {
    await app.register(cookie)
    // Declared without a value (Fastify refuses shared objects); the hook sets both on every request.
    app.decorateRequest('actor')
    app.decorateRequest('authentication')
    app.addHook('onRequest', async (request) => {
      // Anonymous first, so that a request refused below is still anonymous for the hooks that follow.
      request.authentication = ANONYMOUS
      request.actor = PUBLIC_ACTOR
      // GET /metrics reads its own bearer token (plugins/observability/metrics.ts), not an API token.
      if (request.routeOptions.config?.authentication === false) return
      const result = await authenticate(request, options.accounts)
      request.authentication = result
      request.actor = result.kind === 'anonymous' ? PUBLIC_ACTOR : actorOf(result.user)
      checkCsrf(request)
    })
  },
  { name: 'authentication' },
)
