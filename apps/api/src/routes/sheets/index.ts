import { FeatureContextParamsSchema, MEDIA_TYPES, NoQuerySchema } from '@heritage-watch/shared'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { opaque, problems } from '../../openapi/route-schemas.ts'
import type { SheetsService } from '../../services/sheets/sheet-content.ts'
import type { PdfEngine } from '../../sheets/pdf-engine.ts'
import { sheetIndexPage } from '../../sheets/sheet-index-page.ts'
import { sheetPage, sheetTitle } from '../../sheets/sheet-page.ts'
import { privateAnswer } from '../private-answer.ts'

const PDF = 'application/pdf'
const HTML = `${MEDIA_TYPES.html}; charset=utf-8`
// Anonymous visitors are welcome: the sheet then holds the public parts only (map, attributes,
// protections, sources). The security entry says a session or token adds the private parts.
const OPTIONAL_ACCOUNT: Record<string, string[]>[] = [{}, { sessionCookie: [] }, { bearerToken: [] }]

/**
 * The fiches-bilan (issue #10 §4): `GET /sheets` (the index), `GET /sheets/{collectionId}/{featureId}`
 * (an A4 page in French, to print) and the same sheet as a PDF printed on the server. What the caller
 * may not see is not on the sheet, so every answer is private to its caller.
 */
export async function sheetRoutes(app: FastifyInstance, options: { service: SheetsService; pdf: PdfEngine }) {
  const { service, pdf } = options
  const typed = app.withTypeProvider<ZodTypeProvider>()
  app.addHook('onSend', privateAnswer)

  typed.get(
    '/sheets',
    {
      schema: {
        tags: ['Fiches-bilan'],
        summary: 'Index des fiches-bilan : les 11 sites en danger, puis les cités de l’ERBM',
        operationId: 'sheets-index',
        querystring: NoQuerySchema,
        response: { 200: opaque('Page HTML', MEDIA_TYPES.html), ...problems(400) },
      },
    },
    async (_request, reply) => reply.type(HTML).send(sheetIndexPage(await service.index())),
  )

  typed.get(
    '/sheets/:collectionId/:featureId',
    {
      schema: {
        tags: ['Fiches-bilan'],
        summary: 'Fiche-bilan imprimable (A4, HTML) d’une entité',
        operationId: 'sheet',
        security: OPTIONAL_ACCOUNT,
        params: FeatureContextParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: opaque('Page HTML à imprimer', MEDIA_TYPES.html), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const { collectionId, featureId } = request.params
      const content = await service.sheet(request.actor, collectionId, featureId)
      const html = await sheetPage(content, request.actor.role === 'public')
      return reply.type(HTML).send(html)
    },
  )

  typed.get(
    '/sheets/:collectionId/:featureId.pdf',
    {
      schema: {
        tags: ['Fiches-bilan'],
        summary: 'Fiche-bilan d’une entité en PDF (A4), imprimée par Chromium sur le serveur',
        operationId: 'sheet-pdf',
        security: OPTIONAL_ACCOUNT,
        params: FeatureContextParamsSchema,
        querystring: NoQuerySchema,
        response: { 200: opaque('Document PDF', PDF), ...problems(400, 404, 503) },
      },
    },
    async (request, reply) => {
      const { collectionId, featureId } = request.params
      const content = await service.sheet(request.actor, collectionId, featureId)
      const html = await sheetPage(content, request.actor.role === 'public')
      const bytes = await pdf.render(html, sheetTitle(content))
      const filename = `fiche-bilan-${collectionId}-${featureId}.pdf`.replace(/[^\w.-]/g, '_')
      return reply.type(PDF).header('Content-Disposition', `inline; filename="${filename}"`).send(bytes)
    },
  )
}
