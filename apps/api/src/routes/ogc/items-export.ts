import { EXPORT_FORMATS, type ExportFormat, type ItemsQuery } from '@heritage-watch/shared'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureExportService } from '../../services/exports/feature-export.ts'
import { rawQuery } from './request-context.ts'

/** Header giving the number of features of an export, for a client's progress (the length is not known). */
export const NUMBER_MATCHED_HEADER = 'OGC-NumberMatched'

/**
 * Answers `f=csv` and `f=gpkg` of an items route with the file; returns false for every other format.
 * `limit` absent means the whole selection (see exportedCount), so the raw query is read for it.
 */
export async function sendExport(
  request: FastifyRequest,
  reply: FastifyReply,
  collectionId: string,
  exports: FeatureExportService,
): Promise<boolean> {
  const raw = rawQuery(request)
  const format = raw.f?.toLowerCase()
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) return false
  const query = request.query as ItemsQuery
  const file = await exports.export(collectionId, query, {
    format: format as ExportFormat,
    csvStyle: raw.csv === 'international' ? 'international' : 'fr',
    limitGiven: raw.limit !== undefined,
  })
  reply
    .header('Content-Crs', `<${query.crs}>`)
    .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
    .header(NUMBER_MATCHED_HEADER, String(file.numberMatched))
    .type(file.contentType)
  reply.send(file.body instanceof Uint8Array ? Buffer.from(file.body) : file.body)
  return true
}
