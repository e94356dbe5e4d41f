import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type pg from 'pg'
import { createIdempotencyRepo } from '../../db/idempotency-repo.ts'
import {
  createRequestTransaction,
  type RequestTransaction,
  runInRequestTransaction,
} from '../../db/request-transaction.ts'
import { ValidationError } from '../../errors.ts'
import {
  IDEMPOTENCY_KEY_PATTERN,
  IDEMPOTENCY_MESSAGES,
  KEYED_METHODS,
  OWN_KEY_ROUTES,
  SECRET_ANSWER_ROUTES,
  UNKEYED_ROUTES,
} from './keyed-routes.ts'
import { keptHeaders, notCommitted, replayStoredAnswer } from './stored-answer.ts'

const keyedWrite = Symbol('keyedWrite')

interface KeyedWrite {
  transaction: RequestTransaction
  userId: string
  key: string
  requestHash: string
  keepBody: boolean
}

type KeyedRequest = FastifyRequest & { [keyedWrite]?: KeyedWrite }

/** `METHOD /url` of the route, without a trailing slash (a prefix's '/' route is registered both ways). */
const routeName = (request: FastifyRequest) =>
  `${request.method} ${(request.routeOptions.url ?? '').replace(/(.)\/$/, '$1')}`

/** Whether the generic layer answers for this request's Idempotency-Key (keyed-routes.ts). */
function covered(request: FastifyRequest): boolean {
  if (!KEYED_METHODS.has(request.method)) return false
  const name = routeName(request)
  if (OWN_KEY_ROUTES.has(name) || UNKEYED_ROUTES.has(name)) return false
  // A multipart body is read by the handler, after this layer must decide (architecture §34).
  return !String(request.headers['content-type'] ?? '').startsWith('multipart/')
}

/** @throws ValidationError naming Idempotency-Key when it is malformed or repeated */
function keyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key']
  if (header === undefined) return undefined
  const reason = Array.isArray(header)
    ? IDEMPOTENCY_MESSAGES.keyRepeated
    : IDEMPOTENCY_KEY_PATTERN.test(header)
      ? undefined
      : IDEMPOTENCY_MESSAGES.keyFormat
  if (reason) throw new ValidationError([{ name: 'Idempotency-Key', reason }])
  return header as string
}

/** The request as the route understood it (validated): a retry sends the same, another request not. */
function hashOf(request: FastifyRequest): string {
  const parts = [routeName(request), request.params, request.query, request.body ?? null]
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

/**
 * Idempotency-Key (IETF draft httpapi-idempotency-key-header) for every write of an account: the
 * request runs in one transaction (db/request-transaction.ts) that also keeps its answer; the same key
 * and request again get that answer back, another request under the key a 422. Without the header a
 * write works as before. Keys are per account and count for 24 hours.
 */
export const idempotency = fp(async (app: FastifyInstance, options: { pool: pg.Pool }) => {
  const repo = createIdempotencyRepo(options.pool)

  // Callback style: `done` must run inside the transaction's context for the handler to inherit it.
  app.addHook('preHandler', (request: KeyedRequest, reply, done) => {
    let key: string | undefined
    try {
      key = covered(request) ? keyOf(request) : undefined
    } catch (error) {
      done(error as Error)
      return
    }
    const userId = request.actor?.userId
    if (key === undefined || !userId) {
      done()
      return
    }
    const requestHash = hashOf(request)
    const keepBody = !SECRET_ANSWER_ROUTES.has(routeName(request))
    repo.find({ userId, key }).then(
      (stored) => {
        if (stored) {
          void reply.send(replayStoredAnswer(reply, stored, requestHash, request.url))
          return
        }
        const transaction = createRequestTransaction(options.pool)
        request[keyedWrite] = { transaction, userId, key, requestHash, keepBody }
        runInRequestTransaction(transaction, done)
      },
      (error: Error) => done(error),
    )
  })

  app.addHook('onSend', async (request: KeyedRequest, reply, payload) => {
    const keyed = request[keyedWrite]
    if (!keyed) return payload
    request[keyedWrite] = undefined
    const { transaction } = keyed
    // A refused or failed write is undone: retried with the same key, it runs again.
    if (reply.statusCode < 200 || reply.statusCode >= 300) {
      await transaction.finish(false)
      return payload
    }
    const body =
      payload === undefined || payload === null ? '' : typeof payload === 'string' ? payload : undefined
    const answer = {
      requestHash: keyed.requestHash,
      status: reply.statusCode,
      headers: keptHeaders(reply),
      body: keyed.keepBody && body !== undefined ? body : null,
    }
    try {
      if (await repo.keep(await transaction.client(), keyed, answer)) {
        await transaction.finish(true)
        return payload
      }
      // Another request with this key committed while this one ran: this one is undone, its answer given.
      await transaction.finish(false)
      const first = await repo.find(keyed)
      return first
        ? replayStoredAnswer(reply, first, keyed.requestHash, request.url)
        : notCommitted(reply, request.url)
    } catch (error) {
      await transaction.finish(false).catch(() => undefined)
      request.log.warn({ err: error, url: request.url }, 'keyed write not committed')
      return notCommitted(reply, request.url)
    }
  })

  // An answer that never reached onSend (the connection dropped) must not keep its connection.
  app.addHook('onResponse', async (request: KeyedRequest) => {
    const keyed = request[keyedWrite]
    if (!keyed) return
    request[keyedWrite] = undefined
    await keyed.transaction.finish(false)
  })
})
