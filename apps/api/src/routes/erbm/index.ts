import multipart from '@fastify/multipart'
import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { requirePermission } from '../../auth/require-permission.ts'
import type { ErbmEditingService, ErbmReadingService } from '../../services/erbm/index.ts'
import { privateAnswer } from '../private-answer.ts'
import { erbmCitesCsv, prefersCsv } from './csv.ts'
import { ERBM_FORMS, ERBM_MULTIPART_LIMITS, readErbmForm } from './multipart.ts'
import { ERBM_ROUTE_SCHEMAS as SCHEMAS } from './route-schemas.ts'

const today = () => new Date().toISOString().slice(0, 10)
const keyOf = (request: FastifyRequest) => {
  const header = request.headers['idempotency-key']
  return typeof header === 'string' ? header : undefined
}
/** CSV when asked by `f=csv`, or by an Accept header that prefers it to JSON. */
const wantsCsv = (request: FastifyRequest, format: string | undefined) =>
  format === 'csv' || (format === undefined && prefersCsv(request.headers.accept))

function sendFile(
  reply: FastifyReply,
  file: { filename: string; mediaType: string; sha256: string; content: Buffer },
) {
  return reply
    .type(file.mediaType)
    .header('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`)
    .header('X-Content-Type-Options', 'nosniff')
    .send(file.content)
}

/**
 * `/erbm/cites/*` (issue #10 §3): the follow-up of the ERBM renovation. Any account reads (`erbm:read`),
 * staff write (`erbm:edit`); the services do the work.
 */
export async function erbmRoutes(
  app: FastifyInstance,
  options: { reading: ErbmReadingService; editing: ErbmEditingService },
) {
  const { reading, editing } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()
  await app.register(multipart, { limits: ERBM_MULTIPART_LIMITS })
  app.addHook('onSend', privateAnswer)
  const canRead = requirePermission('erbm:read')
  const canEdit = requirePermission('erbm:edit')

  routes.get('/cites', { onRequest: canRead, schema: SCHEMAS.list }, async (request, reply) => {
    const list = await reading.list(request.actor, request.query)
    if (!wantsCsv(request, request.query.f)) return reply.type(MEDIA_TYPES.json).send(list)
    reply.header('Content-Disposition', `attachment; filename="cites-erbm-suivi-${today()}.csv"`)
    return reply.type(MEDIA_TYPES.csv).send(erbmCitesCsv(list.cites))
  })

  routes.get('/cites/:id', { onRequest: canRead, schema: SCHEMAS.detail }, async (request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await reading.detail(request.actor, request.params.id))
  })

  routes.put('/cites/:id/suivi', { onRequest: canEdit, schema: SCHEMAS.followup }, async (request, reply) => {
    await editing.putFollowup(request.actor, request.params.id, request.body)
    return reply.type(MEDIA_TYPES.json).send(await reading.detail(request.actor, request.params.id))
  })

  routes.put(
    '/cites/:id/phases/:phase',
    { onRequest: canEdit, schema: SCHEMAS.phase },
    async (request, reply) => {
      const { id, phase } = request.params
      await editing.putPhase(request.actor, id, phase, request.body)
      return reply.type(MEDIA_TYPES.json).send(await reading.detail(request.actor, id))
    },
  )

  /** Answers a creating POST: 201, or 200 with Idempotent-Replayed for a retry that wrote nothing. */
  async function created(request: FastifyRequest, reply: FastifyReply, citeId: string, replayed: boolean) {
    if (replayed) reply.header('Idempotent-Replayed', 'true')
    return reply
      .code(replayed ? 200 : 201)
      .header('Location', `/erbm/cites/${encodeURIComponent(citeId)}`)
      .type(MEDIA_TYPES.json)
      .send(await reading.detail(request.actor, citeId))
  }

  routes.post('/cites/:id/avis', { onRequest: canEdit, schema: SCHEMAS.opinion }, async (request, reply) => {
    const form = request.isMultipart()
      ? await readErbmForm(request, ERBM_FORMS.opinion)
      : { body: request.body, files: [] }
    const { id } = request.params
    const { replayed } = await editing.addOpinion(request.actor, id, {
      ...form,
      idempotencyKey: keyOf(request),
    })
    return created(request, reply, id, replayed)
  })

  routes.post(
    '/cites/:id/dossiers',
    { onRequest: canEdit, schema: SCHEMAS.dossier },
    async (request, reply) => {
      const { id } = request.params
      const input = { body: request.body, idempotencyKey: keyOf(request) }
      const { replayed } = await editing.addDossier(request.actor, id, input)
      return created(request, reply, id, replayed)
    },
  )

  routes.post(
    '/cites/:id/bilans',
    { onRequest: canEdit, schema: SCHEMAS.evaluation },
    async (request, reply) => {
      const form = request.isMultipart()
        ? await readErbmForm(request, ERBM_FORMS.evaluation)
        : { body: request.body, files: [] }
      const { id } = request.params
      const { replayed } = await editing.addEvaluation(request.actor, id, {
        ...form,
        idempotencyKey: keyOf(request),
      })
      return created(request, reply, id, replayed)
    },
  )

  routes.get(
    '/cites/:id/avis/:opinionId/pieces/:attachmentId',
    { onRequest: canRead, schema: SCHEMAS.attachment },
    async (request, reply) => {
      const { id, opinionId, attachmentId } = request.params
      return sendFile(reply, await reading.attachment(id, opinionId, attachmentId))
    },
  )

  routes.get(
    '/cites/:id/bilans/:evaluationId/photos/:photoId',
    { onRequest: canRead, schema: SCHEMAS.photo },
    async (request, reply) => {
      const { id, evaluationId, photoId } = request.params
      return sendFile(reply, await reading.photo(id, evaluationId, photoId))
    },
  )
}
