import {
  CONFORMANCE_CLASSES,
  ConformanceSchema,
  LandingPageSchema,
  MEDIA_TYPES,
  OpenApiDocumentSchema,
  ResourceQuerySchema,
} from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { anchor, escapeHtml, htmlPage } from '../../ogc/html.ts'
import { baseUrl } from '../../ogc/links.ts'
import { answer, jsonOrHtml, problems } from '../../openapi/route-schemas.ts'
import { landingPage } from '../../services/features.ts'
import { requestContext } from './request-context.ts'

const TAGS = ['Capacités']

/** `/`, `/conformance`, `/api` and `/api.html`: what a client reads first. */
export async function landingRoutes(app: FastifyInstance, options: { publicUrl?: string }) {
  const routes = app.withTypeProvider<ZodTypeProvider>()
  /** The document of every route, with this server's own URL. */
  const openApiDocument = (base: string) => ({
    ...(app.swagger() as unknown as z.infer<typeof OpenApiDocumentSchema> & {
      info: { description: string }
    }),
    servers: [{ url: base }],
  })

  routes.get(
    '/',
    {
      schema: {
        tags: TAGS,
        summary: 'Page d’accueil',
        operationId: 'landing',
        querystring: ResourceQuerySchema,
        response: { 200: jsonOrHtml('Page d’accueil', LandingPageSchema), ...problems(400) },
      },
    },
    async (request, reply) => {
      const context = requestContext(request, options.publicUrl)
      const page = landingPage(context)
      if (context.format === 'html') {
        const body = `<p>${page.description}</p><p>${anchor('/app/', 'Ouvrir la carte')}</p>`
        return reply.type(MEDIA_TYPES.html).send(htmlPage(page.title, body, page.links))
      }
      return reply.type(MEDIA_TYPES.json).send(page)
    },
  )

  routes.get(
    '/conformance',
    {
      schema: {
        tags: TAGS,
        summary: 'Classes de conformité',
        operationId: 'conformance',
        querystring: ResourceQuerySchema,
        response: { 200: jsonOrHtml('Classes de conformité', ConformanceSchema), ...problems(400) },
      },
    },
    async (request, reply) => {
      const context = requestContext(request, options.publicUrl)
      const body = { conformsTo: [...CONFORMANCE_CLASSES] }
      if (context.format === 'html') {
        const list = `<ul>${body.conformsTo.map((uri) => `<li>${anchor(uri, uri)}</li>`).join('')}</ul>`
        return reply.type(MEDIA_TYPES.html).send(htmlPage('Classes de conformité', list))
      }
      return reply.type(MEDIA_TYPES.json).send(body)
    },
  )

  routes.get(
    '/api',
    {
      schema: {
        tags: TAGS,
        summary: 'Ce document OpenAPI',
        operationId: 'api',
        querystring: ResourceQuerySchema,
        response: {
          200: answer('OpenAPI 3.0', OpenApiDocumentSchema, MEDIA_TYPES.openapi),
          ...problems(400),
        },
      },
    },
    async (request, reply) => {
      if (requestContext(request, options.publicUrl).format === 'html') return reply.redirect('/api.html')
      // With its charset given, Fastify keeps `version=3.0` unquoted: GDAL (3.6) compares the parameter as
      // written and ignores a document typed `version="3.0"`, and with it the filter-lang it offers.
      return reply
        .type(`${MEDIA_TYPES.openapi};charset=utf-8`)
        .send(openApiDocument(baseUrl(request, options.publicUrl)))
    },
  )

  routes.get(
    '/api.html',
    {
      schema: {
        tags: TAGS,
        summary: 'Ce document OpenAPI, lisible',
        operationId: 'api-html',
        querystring: ResourceQuerySchema,
        response: { 200: answer('Une ligne par opération', z.string(), MEDIA_TYPES.html), ...problems(400) },
      },
    },
    async (request, reply) => {
      const document = openApiDocument(baseUrl(request, options.publicUrl))
      // One row per operation: the accounts and alerts paths have writes, some no GET at all.
      const rows = Object.entries(document.paths)
        .flatMap(([path, item]) =>
          Object.entries(item as Record<string, { summary?: string }>).map(
            ([method, operation]) =>
              `<tr><td><code>${method.toUpperCase()} ${escapeHtml(path)}</code></td><td>${escapeHtml(operation.summary ?? '')}</td></tr>`,
          ),
        )
        .join('')
      const body = `<p>${document.info.description}</p><p>Définition machine : ${anchor('/api', 'OpenAPI 3.0 (JSON)')}.</p>
      <table><thead><tr><th scope="col">Chemin</th><th scope="col">Rôle</th></tr></thead><tbody>${rows}</tbody></table>`
      return reply.type(MEDIA_TYPES.html).send(htmlPage('Documentation de l’API', body))
    },
  )
}
