import { LivenessSchema, NoQuerySchema, ReadinessSchema } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { RouteClassConfig } from '../../plugins/overload/route-class.ts'
import { answer, problems } from '../../openapi/route-schemas.ts'
import type { ReadinessService } from '../../services/readiness.ts'

const LIVENESS_SCHEMA = {
  tags: ['Capacités'],
  summary: 'Le processus vit (sans interroger la base) : pour redémarrer un processus bloqué',
  operationId: 'liveness',
  querystring: NoQuerySchema,
  response: { 200: answer('Le processus répond', LivenessSchema) },
}

const READINESS_SCHEMA = {
  tags: ['Capacités'],
  summary: 'Prêt à servir : la base répond en moins d’1 s et toutes les migrations sont appliquées',
  description:
    'Sinon 503 problem+json avec Retry-After ; le détail commence par « database: » ou « migrations: ».',
  operationId: 'readiness',
  querystring: NoQuerySchema,
  response: { 200: answer('Prêt', ReadinessSchema), ...problems(503) },
}

/** A probe's answer is about this instant and this process: no cache or proxy may keep it. */
const NO_STORE = 'no-store'

/**
 * `GET /health` (liveness) and `GET /ready` (readiness), for a process supervisor or a load balancer.
 * `/healthz` (app.ts) is their older name and still answers as before: 200 when `SELECT 1` answers.
 */
export async function healthRoutes(app: FastifyInstance, options: { readiness: ReadinessService }) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  routes.get(
    '/health',
    {
      schema: LIVENESS_SCHEMA,
      // 200 whatever the load: a supervisor that saw a 503 here would restart a process that only
      // sheds load. Neither the route-class limits nor the process-pressure guard apply.
      config: { routeClass: 'unlimited', pressureHandler: () => undefined } satisfies RouteClassConfig & {
        pressureHandler: () => undefined
      },
    },
    async (_request, reply) => {
      void reply.header('Cache-Control', NO_STORE)
      return { status: 'ok' as const }
    },
  )
  routes.get('/ready', { schema: READINESS_SCHEMA }, async (_request, reply) => {
    void reply.header('Cache-Control', NO_STORE)
    return options.readiness.check()
  })
}
