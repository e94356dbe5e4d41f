import { MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { requirePermission } from '../../auth/require-permission.ts'
import type { SiteAtRiskFollowupService } from '../../services/assessments/index.ts'
import { ASSESSMENT_ROUTE_SCHEMAS as SCHEMAS } from './route-schemas.ts'

/**
 * `/sites-en-danger/{id}/suivi` (issue #10 §6): read by everyone like the site itself (a public
 * subscription link, an owner, a protection), replaced by staff. Answers are not cached: staff edit them.
 */
export async function siteAtRiskFollowupRoutes(
  app: FastifyInstance,
  options: { service: SiteAtRiskFollowupService },
) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  routes.get('/sites-en-danger/:id/suivi', { schema: SCHEMAS.followup }, async (request, reply) => {
    return reply
      .header('Cache-Control', 'no-cache')
      .type(MEDIA_TYPES.json)
      .send(await options.service.get(request.params.id))
  })
  const edit = { onRequest: requirePermission('site-at-risk:edit'), schema: SCHEMAS.editFollowup }
  routes.put('/sites-en-danger/:id/suivi', edit, async (request, reply) => {
    const followup = await options.service.put(request.actor, request.params.id, request.body)
    return reply.header('Cache-Control', 'no-store').type(MEDIA_TYPES.json).send(followup)
  })
}
