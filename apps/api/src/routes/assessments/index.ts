import multipart from '@fastify/multipart'
import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { requirePermission } from '../../auth/require-permission.ts'
import type { AssessmentCreationService, AssessmentReadingService } from '../../services/assessments/index.ts'
import { privateAnswer } from '../private-answer.ts'
import { ASSESSMENT_MULTIPART_LIMITS, readAssessmentForm } from './multipart.ts'
import { ASSESSMENT_ROUTE_SCHEMAS as SCHEMAS } from './route-schemas.ts'

/**
 * `/assessments/*` (constats d'état, issue #10 §2). HTTP only: the services do the work, the policy
 * decides through requirePermission, and every read is narrowed to what the caller may see.
 */
export async function assessmentRoutes(
  app: FastifyInstance,
  options: { creation: AssessmentCreationService; reading: AssessmentReadingService },
) {
  const { creation, reading } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()
  await app.register(multipart, { limits: ASSESSMENT_MULTIPART_LIMITS })
  app.addHook('onSend', privateAnswer)

  const create = { onRequest: requirePermission('assessment:create'), schema: SCHEMAS.create }
  routes.post('/', create, async (request, reply) => {
    const form = request.isMultipart()
      ? await readAssessmentForm(request)
      : { assessment: request.body, photos: [] }
    const header = request.headers['idempotency-key']
    const { assessment, replayed } = await creation.create(request.actor, {
      body: form.assessment,
      photos: form.photos,
      idempotencyKey: typeof header === 'string' ? header : undefined,
    })
    if (replayed) reply.header('Idempotent-Replayed', 'true')
    return reply
      .code(replayed ? 200 : 201)
      .header('Location', `/assessments/${assessment.id}`)
      .type(MEDIA_TYPES.json)
      .send(assessment)
  })

  const series = { onRequest: requirePermission('assessment:read'), schema: SCHEMAS.series }
  routes.get('/', series, async (request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await reading.series(request.actor, request.query.feature))
  })

  const latest = { onRequest: requirePermission('assessment:read'), schema: SCHEMAS.latest }
  routes.get('/latest', latest, async (request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await reading.latest(request.actor))
  })

  const get = { onRequest: requirePermission('assessment:read'), schema: SCHEMAS.get }
  routes.get('/:id', get, async (request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await reading.get(request.actor, request.params.id))
  })

  const validation = { onRequest: requirePermission('assessment:validate'), schema: SCHEMAS.validation }
  routes.post('/:id/validation', validation, async (request, reply) => {
    const assessment = await reading.decide(request.actor, request.params.id, request.body)
    return reply.type(MEDIA_TYPES.json).send(assessment)
  })

  const photo = { onRequest: requirePermission('assessment:read'), schema: SCHEMAS.photo }
  routes.get('/:id/photos/:photoId', photo, async (request, reply) => {
    const found = await reading.photo(request.actor, request.params.id, request.params.photoId)
    return reply
      .type(found.mediaType)
      .header('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(found.filename)}`)
      .header('Digest', `sha-256=${Buffer.from(found.sha256, 'hex').toString('base64')}`)
      .header('X-Content-Type-Options', 'nosniff')
      .send(found.content)
  })
}
