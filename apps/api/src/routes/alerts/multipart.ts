import { ALERT_PHOTO_MAX_BYTES, ALERT_PHOTO_MAX_COUNT } from '@heritage-watch/shared'
import type { FastifyRequest } from 'fastify'
import { AppError, PayloadTooLargeError, ValidationError } from '../../errors.ts'
import { ALERT_MESSAGES, type ReceivedPhoto } from '../../services/alerts/index.ts'

/** Limits of @fastify/multipart for alert forms: 10 photos of 10 MB, and one small JSON field. */
export const ALERT_MULTIPART_LIMITS = {
  fileSize: ALERT_PHOTO_MAX_BYTES,
  files: ALERT_PHOTO_MAX_COUNT,
  fields: 2,
  fieldSize: 1024 * 1024,
  parts: ALERT_PHOTO_MAX_COUNT + 2,
}

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code

/**
 * Reads a multipart alert form: the `alert` field (JSON) and its `photo` file parts, in memory (10 MB
 * at most each). Photos are checked by content later, in the service.
 * @throws ValidationError for an unknown part or bad JSON; PayloadTooLargeError for a photo over 10 MB
 *   or too many photos
 */
export async function readAlertForm(
  request: FastifyRequest,
  options: { needsAlert: boolean },
): Promise<{ alert: unknown; photos: ReceivedPhoto[] }> {
  const photos: ReceivedPhoto[] = []
  let alert: unknown
  let alertGiven = false
  let filename = ''
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        filename = part.filename
        if (part.fieldname !== 'photo') {
          throw new ValidationError([
            { name: part.fieldname, reason: ALERT_MESSAGES.multipartUnknownPart(part.fieldname) },
          ])
        }
        const content = await part.toBuffer()
        photos.push({ field: `photo.${photos.length}`, filename: part.filename, content })
      } else {
        if (part.fieldname !== 'alert' || !options.needsAlert || alertGiven) {
          throw new ValidationError([
            { name: part.fieldname, reason: ALERT_MESSAGES.multipartUnknownPart(part.fieldname) },
          ])
        }
        alertGiven = true
        try {
          alert = JSON.parse(String(part.value))
        } catch {
          throw new ValidationError([{ name: 'alert', reason: ALERT_MESSAGES.multipartAlertJson }])
        }
      }
    }
  } catch (error) {
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE') {
      throw new PayloadTooLargeError(ALERT_MESSAGES.photoTooLarge(filename), 'photo_too_large')
    }
    if (codeOf(error) === 'FST_FILES_LIMIT' || codeOf(error) === 'FST_PARTS_LIMIT') {
      throw new PayloadTooLargeError(ALERT_MESSAGES.photoTooMany, 'photo_too_many')
    }
    if (error instanceof AppError) throw error
    // Anything else the parser says (no boundary, a truncated body…) is about the body we were sent.
    const reason = `not a readable multipart/form-data body: ${(error as Error).message}`
    throw new ValidationError([{ name: 'body', reason }])
  }
  if (options.needsAlert && !alertGiven) {
    throw new ValidationError([{ name: 'alert', reason: ALERT_MESSAGES.multipartAlertMissing }])
  }
  return { alert, photos }
}
