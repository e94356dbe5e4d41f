import { AlertFeedQuerySchema, MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { actorOf } from '@heritage-watch/shared'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { assertPermission } from '../../auth/require-permission.ts'
import { UnauthorizedError } from '../../errors.ts'
import { baseUrl } from '../../ogc/links.ts'
import { opaque, problems, READ_SECURITY } from '../../openapi/route-schemas.ts'
import { ACCOUNT_MESSAGES, type AccountsServices } from '../../services/accounts/index.ts'
import { type AlertFeedService, alertFeedAtom } from '../../services/alerts/alert-feed.ts'

/**
 * preHandler: a feed reader cannot send headers, so the feed also takes the API token as `?token=hw_…`
 * (read by the route's schema first). It replaces whatever the cookie said; a bad token is a 401,
 * never a silently anonymous (empty) feed.
 */
async function tokenFromQuery(request: FastifyRequest, accounts: AccountsServices): Promise<void> {
  const { token } = request.query as { token?: string }
  if (token === undefined) return
  const result = await accounts.apiTokens.authenticate(token)
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
  app.withTypeProvider<ZodTypeProvider>().get(
    '/feed.atom',
    {
      logLevel: 'warn',
      schema: {
        tags: ['Alertes'],
        summary:
          'Flux Atom des 50 derniers changements des alertes visibles (jeton en en-tête, en ?token= ou cookie)',
        description:
          'Les lecteurs de flux n’envoient pas d’en-têtes : le jeton peut aller dans l’URL, où il reste dans leurs réglages et les journaux des proxys. Créez un jeton pour le flux seul, révocable sans toucher aux autres.',
        operationId: 'alert-feed',
        security: [...READ_SECURITY, { feedToken: [] }],
        querystring: AlertFeedQuerySchema,
        response: {
          200: opaque('Atom 1.0, le plus récent d’abord', MEDIA_TYPES.atom),
          ...problems(400, 401, 403),
        },
      },
      preHandler: async (request) => {
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
