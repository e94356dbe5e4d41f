import type { FastifyRequest } from 'fastify'
import { ForbiddenError, UnauthorizedError } from '../errors.ts'
import { ACCOUNT_MESSAGES } from '../services/accounts/messages.ts'
import { type Action, can, type Resource } from '@heritage-watch/shared'

/**
 * Asks the policy whether the request's actor may do `action` (on `resource`). For checks that need
 * the resource first, such as one alert's organisation.
 * @throws UnauthorizedError for an anonymous actor, saying why its credentials were refused if it came
 *   with some (e.g. "session expired"); ForbiddenError for an account whose role does not allow it
 */
export function assertPermission(request: FastifyRequest, action: Action, resource?: Resource): void {
  if (can(request.actor, action, resource)) return
  const { authentication } = request
  if (authentication.kind === 'anonymous') {
    const expired = authentication.failure === ACCOUNT_MESSAGES.sessionExpired
    throw new UnauthorizedError(
      authentication.failure ?? ACCOUNT_MESSAGES.loginRequired,
      expired ? 'session_expired' : 'login_required',
    )
  }
  throw new ForbiddenError(ACCOUNT_MESSAGES.forbidden(action), 'forbidden')
}

/**
 * A hook that lets the request through only when the policy allows `action`: the one way routes guard
 * themselves, on a route (`{ onRequest: requirePermission(…) }`) or a whole plugin
 * (`app.addHook('onRequest', requirePermission(…))`). As an onRequest hook it runs right after the
 * authentication hook, before the body is even read.
 */
export function requirePermission(action: Action) {
  return async function permission(request: FastifyRequest): Promise<void> {
    assertPermission(request, action)
  }
}

/**
 * The account behind a request that passed `requirePermission`.
 * @throws UnauthorizedError when the request is anonymous (a route forgot its permission)
 */
export function authenticatedUser(request: FastifyRequest) {
  const { authentication } = request
  if (authentication.kind === 'anonymous') throw new UnauthorizedError(ACCOUNT_MESSAGES.loginRequired)
  return authentication.user
}
