import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { actorOf } from '@heritage-watch/shared'
import { assertPermission } from '../../auth/require-permission.ts'
import { UnauthorizedError, ValidationError } from '../../errors.ts'
import { baseUrl } from '../../ogc/links.ts'
import { ACCOUNT_MESSAGES, type AccountsServices } from '../../services/accounts/index.ts'
import { type AlertFeedService, alertFeedAtom } from '../../services/alerts/alert-feed.ts'

/**
 * onRequest: a feed reader cannot send headers, so the feed also takes the API token as `?token=hw_…`.
 * It replaces whatever the cookie said; a bad token is a 401, never a silently anonymous (empty) feed.
 */
async function tokenFromQuery(request: FastifyRequest, accounts: AccountsServices): Promise<void> {
  const query = request.query as Record<string, unknown>
  const unknown = Object.keys(query).filter((name) => name !== 'token')
  if (unknown.length > 0) {
    throw new ValidationError(unknown.map((name) => ({ name, reason: 'unknown parameter; accepted: token' })))
  }
  if (query.token === undefined) return
  if (typeof query.token !== 'string') {
    throw new ValidationError([{ name: 'token', reason: 'must be given once' }])
  }
  const result = await accounts.apiTokens.authenticate(query.token)
  if (result.kind === 'anonymous')
    throw new UnauthorizedError(result.failure ?? ACCOUNT_MESSAGES.tokenInvalid)
  request.authentication = result
  request.actor = actorOf(result.user)
}

/**
 * `GET /alerts/feed.atom`: the latest changes of the alerts the caller may see, newest first, as Atom.
 * Authenticated by a Bearer token, the session cookie, or `?token=` for feed readers. A token in a URL
 * ends up in the reader's settings, proxies' logs and history: use a token made for the feed (revocable
 * alone), and this route logs nothing below warnings, so that our own logs do not keep it.
 */
export async function alertFeedRoutes(
  app: FastifyInstance,
  options: { publicUrl?: string; service: AlertFeedService; accounts: AccountsServices },
) {
  app.get(
    '/feed.atom',
    {
      logLevel: 'warn',
      onRequest: async (request) => {
        await tokenFromQuery(request, options.accounts)
        assertPermission(request, 'alert:read')
      },
    },
    async (request, reply) => {
      const base = baseUrl(request, options.publicUrl)
      const events = await options.service.latest(request.actor)
      const atom = alertFeedAtom(events, {
        base,
        selfUrl: `${base}/alerts/feed.atom`,
        updated: new Date(),
      })
      return reply.type(`${MEDIA_TYPES.atom}; charset=utf-8`).send(atom)
    },
  )
}
