import { CONFORMANCE_CLASSES, MEDIA_TYPES } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import { anchor, escapeHtml, htmlPage } from '../../ogc/html.ts'
import { parseResourceQuery } from '../../ogc/items-query.ts'
import { baseUrl } from '../../ogc/links.ts'
import { openApiDocument } from '../../ogc/openapi-document.ts'
import { landingPage } from '../../services/features.ts'
import { requestContext } from './request-context.ts'

/** `/`, `/conformance`, `/api` and `/api.html`: what a client reads first. */
export async function landingRoutes(app: FastifyInstance, options: { publicUrl?: string }) {
  app.get('/', async (request, reply) => {
    parseResourceQuery(request.query as Record<string, unknown>, false)
    const context = requestContext(request, options.publicUrl)
    const page = landingPage(context)
    if (context.format === 'html') {
      return reply
        .type(MEDIA_TYPES.html)
        .send(
          htmlPage(
            page.title,
            `<p>${page.description}</p><p>${anchor('/app/', 'Ouvrir la carte')}</p>`,
            page.links,
          ),
        )
    }
    return reply.type(MEDIA_TYPES.json).send(page)
  })

  app.get('/conformance', async (request, reply) => {
    parseResourceQuery(request.query as Record<string, unknown>, false)
    const context = requestContext(request, options.publicUrl)
    const body = { conformsTo: [...CONFORMANCE_CLASSES] }
    if (context.format === 'html') {
      return reply
        .type(MEDIA_TYPES.html)
        .send(
          htmlPage(
            'Classes de conformité',
            `<ul>${body.conformsTo.map((uri) => `<li>${anchor(uri, uri)}</li>`).join('')}</ul>`,
          ),
        )
    }
    return reply.type(MEDIA_TYPES.json).send(body)
  })

  app.get('/api', async (request, reply) => {
    parseResourceQuery(request.query as Record<string, unknown>, false)
    const document = openApiDocument(baseUrl(request, options.publicUrl))
    if (requestContext(request, options.publicUrl).format === 'html') return reply.redirect('/api.html')
    return reply.type(MEDIA_TYPES.openapi).send(document)
  })

  app.get('/api.html', async (request, reply) => {
    parseResourceQuery(request.query as Record<string, unknown>, false)
    const document = openApiDocument(baseUrl(request, options.publicUrl))
    // One row per operation: the accounts and alerts paths have writes, some no GET at all.
    const rows = Object.entries(document.paths)
      .flatMap(([path, item]) =>
        Object.entries(item as Record<string, { summary: string }>).map(
          ([method, operation]) =>
            `<tr><td><code>${method.toUpperCase()} ${escapeHtml(path)}</code></td><td>${escapeHtml(operation.summary)}</td></tr>`,
        ),
      )
      .join('')
    const body = `<p>${document.info.description}</p><p>Définition machine : ${anchor('/api', 'OpenAPI 3.0 (JSON)')}.</p>
      <table><thead><tr><th scope="col">Chemin</th><th scope="col">Rôle</th></tr></thead><tbody>${rows}</tbody></table>`
    return reply.type(MEDIA_TYPES.html).send(htmlPage('Documentation de l’API', body))
  })
}
