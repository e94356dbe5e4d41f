import {
  type Actor,
  CRS84,
  EXPORT_FORMATS,
  type ExportFormat,
  type Feature,
  type PrivateFeatureCollection,
} from '@heritage-watch/shared'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { RequestContext } from '../../services/features.ts'
import type { FeatureExportService } from '../../services/exports/feature-export.ts'
import { NUMBER_MATCHED_HEADER } from './items-export.ts'
import { rawQuery } from './request-context.ts'

/** Features read per page of the private collection's service while a file is written. */
const PAGE_SIZE = 500

interface Window {
  limit: number
  offset: number
}

/**
 * Answers `f=csv` and `f=gpkg` of a private collection's items with every feature the caller may see
 * that matches (the page only when `limit` is given), read through the collection's own service so
 * that the file holds exactly what its GeoJSON would; returns false for the other formats.
 */
export async function sendPrivateExport<Page extends Window>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    collectionId: string
    title: string
    page: Page
    context: RequestContext
    items: (actor: Actor, context: RequestContext, page: Page) => Promise<PrivateFeatureCollection>
    exports: FeatureExportService
  },
): Promise<boolean> {
  const raw = rawQuery(request)
  const format = raw.f?.toLowerCase()
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) return false
  const { page, context, items } = options
  const wanted = raw.limit !== undefined ? page.limit : Number.POSITIVE_INFINITY
  const read = (offset: number, limit: number) =>
    items(request.actor, context, { ...page, offset, limit: Math.min(PAGE_SIZE, limit) })
  const first = await read(page.offset, wanted)
  const total = Math.min(wanted, Math.max(0, (first.numberMatched ?? 0) - page.offset))
  const pages = (async function* (): AsyncGenerator<Feature[]> {
    let current = first
    let done = 0
    while (done < total && current.features.length) {
      const features = current.features.slice(0, total - done)
      yield features
      done += features.length
      if (done >= total || current.features.length < PAGE_SIZE) return
      current = await read(page.offset + done, total - done)
    }
  })()
  const file = await options.exports.exportFeatures({
    collectionId: options.collectionId,
    title: options.title,
    format: format as ExportFormat,
    csvStyle: raw.csv === 'international' ? 'international' : 'fr',
    numberMatched: total,
    pages,
  })
  reply
    .header('Content-Crs', `<${CRS84}>`)
    .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
    .header(NUMBER_MATCHED_HEADER, String(file.numberMatched))
    .type(file.contentType)
  reply.send(file.body instanceof Uint8Array ? Buffer.from(file.body) : file.body)
  return true
}
