import type { FastifyRequest } from 'fastify'
import { AppError, PayloadTooLargeError, ValidationError } from '../../errors.ts'
import { ASSESSMENT_MESSAGES } from '../../services/assessments/index.ts'
import type { ReceivedPhoto } from '../../services/alerts/index.ts'
import { ALERT_MULTIPART_LIMITS } from '../alerts/multipart.ts'

/** The alerts' limits: 10 photos of 10 MB, and one small JSON field. */
export const ASSESSMENT_MULTIPART_LIMITS = ALERT_MULTIPART_LIMITS

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code

/**
 * Reads a multipart constat: the `assessment` field (JSON) and its `photo` file parts, in memory.
 * @throws ValidationError for an unknown part or bad JSON; PayloadTooLargeError over the limits
 */
export async function readAssessmentForm(
  request: FastifyRequest,
): Promise<{ assessment: unknown; photos: ReceivedPhoto[] }> {
  const photos: ReceivedPhoto[] = []
  let assessment: unknown
  let given = false
  let filename = ''
  const unknownPart = (name: string) =>
    new ValidationError([{ name, reason: ASSESSMENT_MESSAGES.multipartUnknownPart(name) }])
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        filename = part.filename
        if (part.fieldname !== 'photo') throw unknownPart(part.fieldname)
        photos.push({
          field: `photo.${photos.length}`,
          filename: part.filename,
          content: await part.toBuffer(),
        })
      } else {
        if (part.fieldname !== 'assessment' || given) throw unknownPart(part.fieldname)
        given = true
        try {
          assessment = JSON.parse(String(part.value))
        } catch {
          throw new ValidationError([{ name: 'assessment', reason: ASSESSMENT_MESSAGES.multipartJson }])
        }
      }
    }
  } catch (error) {
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') {
      throw new PayloadTooLargeError(`photo "${filename}" is larger than 10 MB`, 'photo_too_large')
    }
    if (codeOf(error) === 'FST_FILES_LIMIT' || codeOf(error) === 'FST_PARTS_LIMIT') {
      throw new PayloadTooLargeError('too many photos', 'photo_too_many')
    }
    if (error instanceof AppError) throw error
    const reason = `not a readable multipart/form-data body: ${(error as Error).message}`
    throw new ValidationError([{ name: 'body', reason }])
  }
  if (!given)
    throw new ValidationError([{ name: 'assessment', reason: ASSESSMENT_MESSAGES.multipartMissing }])
  return { assessment, photos }
}
