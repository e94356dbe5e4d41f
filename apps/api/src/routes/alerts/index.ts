import multipart from '@fastify/multipart'
import { ALERTS_COLLECTION_ID, MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { requirePermission } from '../../auth/require-permission.ts'
import { baseUrl } from '../../ogc/links.ts'
import { privateAnswer } from '../private-answer.ts'
import type { AccountsServices } from '../../services/accounts/index.ts'
import type { AlertBus } from '../../services/alerts/alert-bus.ts'
import type { AlertFeedService } from '../../services/alerts/alert-feed.ts'
import type {
  AlertCreationService,
  AlertReadingService,
  AlertWorkflowService,
} from '../../services/alerts/index.ts'
import { alertsCsv, alertsGeoJson } from './exports.ts'
import { alertFeedRoutes } from './feed.ts'
import { ALERT_MULTIPART_LIMITS, readAlertForm } from './multipart.ts'
import { ALERT_ROUTE_SCHEMAS as SCHEMAS } from './route-schemas.ts'
import { alertStreamRoutes } from './stream.ts'

const today = () => new Date().toISOString().slice(0, 10)

/**
 * `/alerts/*` (issue #4). Routes are HTTP only: the alerts service does the work, the policy decides
 * through requirePermission, and the service narrows every read to what the caller may see.
 */
export async function alertRoutes(
  app: FastifyInstance,
  options: {
    creation: AlertCreationService
    workflow: AlertWorkflowService
    reading: AlertReadingService
    publicUrl?: string
    feed: AlertFeedService
    bus: AlertBus
    accounts: AccountsServices
  },
) {
  const { creation, workflow, reading } = options
  const routes = app.withTypeProvider<ZodTypeProvider>()
  await app.register(multipart, { limits: ALERT_MULTIPART_LIMITS })
  app.addHook('onSend', privateAnswer)
  await app.register(alertFeedRoutes, {
    publicUrl: options.publicUrl,
    service: options.feed,
    accounts: options.accounts,
  })
  await app.register(alertStreamRoutes, { bus: options.bus })

  // Public: anonymous visitors get no badge, accounts those of the alerts they may see.
  routes.get('/badges', { schema: SCHEMAS.badges }, async (request, reply) => {
    return reply.type(MEDIA_TYPES.json).send({ badges: await reading.badges(request.actor) })
  })

  const assignees = { onRequest: requirePermission('alert:triage'), schema: SCHEMAS.assignees }
  routes.get('/assignees', assignees, async (_request, reply) => {
    return reply.type(MEDIA_TYPES.json).send({ assignees: await reading.assignees() })
  })

  const preview = { onRequest: requirePermission('alert:create'), schema: SCHEMAS.preview }
  routes.post('/preview', preview, async (request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await creation.preview(request.actor, request.body))
  })

  const create = { onRequest: requirePermission('alert:create'), schema: SCHEMAS.create }
  routes.post('/', create, async (request, reply) => {
    const form = request.isMultipart()
      ? await readAlertForm(request, { needsAlert: true })
      : { alert: request.body, photos: [] }
    const header = request.headers['idempotency-key']
    const { alert, replayed } = await creation.create(request.actor, {
      body: form.alert,
      photos: form.photos,
      idempotencyKey: typeof header === 'string' ? header : undefined,
    })
    if (replayed) reply.header('Idempotent-Replayed', 'true')
    return reply
      .code(replayed ? 200 : 201)
      .header('Location', `/alerts/${alert.id}`)
      .type(MEDIA_TYPES.json)
      .send(alert)
  })

  const list = { onRequest: requirePermission('alert:read'), schema: SCHEMAS.list }
  routes.get('/', list, async (request, reply) => {
    const query = reading.parseListQuery(request.actor, request.query)
    if (query.format === 'json') {
      const { alerts, numberMatched } = await reading.list(request.actor, query)
      return reply.type(MEDIA_TYPES.json).send({ alerts, numberMatched, numberReturned: alerts.length })
    }
    // Exports hold every match, not one page: "exactly what the filter shows".
    const { alerts } = await reading.list(
      request.actor,
      { ...query, limit: null, offset: 0 },
      { withGeometry: query.format === 'geojson', withDetails: true },
    )
    const base = baseUrl(request, options.publicUrl)
    const name = `${ALERTS_COLLECTION_ID}-${today()}.${query.format}`
    reply.header('Content-Disposition', `attachment; filename="${name}"`)
    return query.format === 'csv'
      ? reply.type(MEDIA_TYPES.csv).send(alertsCsv(alerts, base, request.query.csv ?? 'fr'))
      : reply.type(MEDIA_TYPES.geojson).send(alertsGeoJson(alerts, base))
  })

  const bulk = { onRequest: requirePermission('alert:triage'), schema: SCHEMAS.bulkStatus }
  routes.post('/bulk/status', bulk, async (request, reply) => {
    const alerts = await workflow.bulkStatus(request.actor, request.body)
    return reply.type(MEDIA_TYPES.json).send({ alerts })
  })

  const get = { onRequest: requirePermission('alert:read'), schema: SCHEMAS.get }
  routes.get('/:id', get, async (request, reply) => {
    return reply.type(MEDIA_TYPES.json).send(await reading.get(request.actor, request.params.id))
  })

  const edit = { onRequest: requirePermission('alert:edit'), schema: SCHEMAS.edit }
  routes.patch('/:id', edit, async (request, reply) => {
    return reply
      .type(MEDIA_TYPES.json)
      .send(await workflow.edit(request.actor, request.params.id, request.body))
  })

  routes.post(
    '/:id/status',
    { onRequest: requirePermission('alert:triage'), schema: SCHEMAS.changeStatus },
    async (request, reply) => {
      const alert = await workflow.changeStatus(request.actor, request.params.id, request.body)
      return reply.type(MEDIA_TYPES.json).send(alert)
    },
  )

  routes.put(
    '/:id/assignee',
    { onRequest: requirePermission('alert:triage'), schema: SCHEMAS.assign },
    async (request, reply) => {
      const alert = await workflow.assign(request.actor, request.params.id, request.body)
      return reply.type(MEDIA_TYPES.json).send(alert)
    },
  )

  routes.post(
    '/:id/comments',
    { onRequest: requirePermission('alert:comment'), schema: SCHEMAS.comment },
    async (request, reply) => {
      const alert = await workflow.comment(request.actor, request.params.id, request.body)
      return reply.type(MEDIA_TYPES.json).send(alert)
    },
  )

  routes.post(
    '/:id/photos',
    { onRequest: requirePermission('alert:edit'), schema: SCHEMAS.addPhotos },
    async (request, reply) => {
      const { photos } = request.isMultipart()
        ? await readAlertForm(request, { needsAlert: false })
        : { photos: [] }
      const alert = await workflow.addPhotos(request.actor, request.params.id, photos)
      return reply.type(MEDIA_TYPES.json).send(alert)
    },
  )

  routes.get(
    '/:id/photos/:photoId',
    { onRequest: requirePermission('alert:read'), schema: SCHEMAS.photo },
    async (request, reply) => {
      const photo = await reading.photo(request.actor, request.params.id, request.params.photoId)
      return reply
        .type(photo.mediaType)
        .header('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(photo.filename)}`)
        .header('Digest', `sha-256=${Buffer.from(photo.sha256, 'hex').toString('base64')}`)
        .header('X-Content-Type-Options', 'nosniff')
        .send(photo.content)
    },
  )
}
