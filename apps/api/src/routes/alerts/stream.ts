import fastifySse from '@fastify/sse'
import {
  type AlertStreamMessage,
  AlertStreamMessageSchema,
  MEDIA_TYPES,
  NoQuerySchema,
  can,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { requirePermission } from '../../auth/require-permission.ts'
import { opaque, problems, READ_SECURITY } from '../../openapi/route-schemas.ts'
import type { AlertBus, AlertChange } from '../../services/alerts/alert-bus.ts'
import { markPrivate } from '../private-answer.ts'

/** A comment line every 25 s keeps proxies (often cut at 30 or 60 s of silence) from closing the stream. */
const STREAM_HEARTBEAT_MS = 25_000
/**
 * A stream is closed after this long and the browser's EventSource reconnects (after RETRY_MS), which
 * authenticates again: a logged-out session or a revoked token stops receiving within this time.
 */
const STREAM_MAX_AGE_MS = 10 * 60_000
const RETRY_MS = 3_000
/** When the instance stops: clients reconnect within 1 to 2 s (to another instance, or this one restarted). */
const STOPPING_RETRY_MS = 1_000
/** The comment a stream ends with when the instance stops (a comment: EventSource listeners never see it). */
export const STOPPING_COMMENT = 'server stopping, reconnect'

const { $schema: _ignored, ...MESSAGE_SCHEMA } = z.toJSONSchema(AlertStreamMessageSchema, {
  target: 'openapi-3.0',
})
const STREAM_SCHEMA = {
  tags: ['Alertes'],
  summary: 'Changements en direct (server-sent events, évènement « alert »), pour les alertes visibles',
  description: `Chaque message « alert » porte en data : ${JSON.stringify(MESSAGE_SCHEMA)}. Un commentaire toutes les 25 s maintient la connexion ; le flux se ferme au bout de 10 min et EventSource se reconnecte, ce qui vérifie à nouveau la session.`,
  operationId: 'alert-stream',
  security: READ_SECURITY,
  querystring: NoQuerySchema,
  response: {
    200: opaque('Flux text/event-stream sans fin', MEDIA_TYPES.eventStream),
    ...problems(400, 401, 403),
  },
}

/**
 * `GET /alerts/stream` (issue #4: "live updates in the open app"): server-sent events named `alert`,
 * one per committed change of an alert the caller may see (AlertStreamMessageSchema); clients fetch
 * what they show again. With @fastify/sse rather than a hijacked reply: it carries the headers set on
 * the reply (CORS, Cache-Control), the heartbeat and the close detection, and Fastify still logs the
 * request when it ends.
 */
export async function alertStreamRoutes(
  app: FastifyInstance,
  options: { bus: AlertBus; heartbeatMs?: number; maxAgeMs?: number },
) {
  await app.register(fastifySse, { heartbeatInterval: options.heartbeatMs ?? STREAM_HEARTBEAT_MS })
  // Open streams are closed when the app closes; otherwise the server would wait for them forever.
  const open = new Map<() => void, (text: string) => void>()
  app.addHook('preClose', async () => {
    // A last word before the clean end: reconnect soon, at a spread-out moment, so that the clients
    // of a stopping instance do not all land on the next one at once (architecture §33).
    const retry = STOPPING_RETRY_MS + Math.floor(Math.random() * STOPPING_RETRY_MS)
    for (const [close, write] of open) {
      write(`retry: ${retry}\n: ${STOPPING_COMMENT}\n\n`)
      close()
    }
  })

  app.get(
    '/stream',
    {
      sse: 'manual',
      onRequest: requirePermission('alert:read'),
      schema: STREAM_SCHEMA,
    },
    async (request, reply) => {
      const sse = reply.sse
      const { actor } = request
      markPrivate(reply)
      sse.keepAlive()
      sse.sendHeaders(200)
      // `retry` tells EventSource how soon to reconnect when the stream ends; the comment flushes the
      // headers at once, so that the client knows it is connected before the first change.
      reply.raw.write(`retry: ${RETRY_MS}\n: connected\n\n`)

      const forward = (change: AlertChange) => {
        if (!sse.isConnected || !can(actor, 'alert:read', { organisationId: change.organisationId })) return
        const message: AlertStreamMessage = {
          alertId: change.alertId,
          kind: change.kind,
          status: change.status,
          at: change.at,
        }
        // A client gone between the check and the write is not an error: the close handler cleans up.
        sse.send({ event: 'alert', data: message }).catch(() => undefined)
      }
      const unsubscribe = options.bus.subscribe(forward)
      const close = () => sse.close()
      const expiry = setTimeout(close, options.maxAgeMs ?? STREAM_MAX_AGE_MS)
      expiry.unref()
      open.set(close, (text) => {
        if (sse.isConnected) reply.raw.write(text)
      })
      sse.onClose(() => {
        unsubscribe()
        clearTimeout(expiry)
        open.delete(close)
      })
    },
  )
}
