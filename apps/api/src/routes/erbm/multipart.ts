import { ALERT_PHOTO_MAX_BYTES, ERBM_CRITERIA } from '@heritage-watch/shared'
import type { FastifyRequest } from 'fastify'
import { AppError, PayloadTooLargeError, ValidationError } from '../../errors.ts'
import { ERBM_MESSAGES, type ReceivedErbmFile } from '../../services/erbm/index.ts'

const MAX_FILES = 10

/** Limits of @fastify/multipart for ERBM forms: 10 files of 10 MB, and one small JSON field. */
export const ERBM_MULTIPART_LIMITS = {
  fileSize: ALERT_PHOTO_MAX_BYTES,
  files: MAX_FILES,
  fields: 2,
  fieldSize: 1024 * 1024,
  parts: MAX_FILES + 2,
}

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code

/**
 * What a form may hold: its JSON field (`avis`, `bilan`), and the file parts it takes. A bilan's photo part
 * may name the criterion it shows: `photo_facades`; `photo` alone is the visit as a whole.
 */
export const ERBM_FORMS = {
  opinion: { jsonField: 'avis', fileParts: { piece: null } },
  evaluation: {
    jsonField: 'bilan',
    fileParts: {
      photo: null,
      ...Object.fromEntries(ERBM_CRITERIA.map((criterion) => [`photo_${criterion}`, criterion])),
    },
  },
} as const

/**
 * Reads a multipart ERBM form: its JSON field and its file parts, in memory (10 MB at most each). Files
 * are checked by content later, in the service.
 * @throws ValidationError for an unknown part, bad or missing JSON; PayloadTooLargeError over the limits
 */
export async function readErbmForm(
  request: FastifyRequest,
  form: { jsonField: string; fileParts: Record<string, string | null> },
): Promise<{ body: unknown; files: ReceivedErbmFile[] }> {
  const files: ReceivedErbmFile[] = []
  let body: unknown
  let given = false
  let filename = ''
  const refuse = (name: string) =>
    new ValidationError([{ name, reason: ERBM_MESSAGES.multipartUnknownPart(name) }])
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        filename = part.filename
        if (!Object.hasOwn(form.fileParts, part.fieldname)) throw refuse(part.fieldname)
        const content = await part.toBuffer()
        const criterion = form.fileParts[part.fieldname] ?? null
        files.push({
          field: `${part.fieldname}.${files.length}`,
          filename: part.filename,
          content,
          criterion,
        })
      } else {
        if (part.fieldname !== form.jsonField || given) throw refuse(part.fieldname)
        given = true
        try {
          body = JSON.parse(String(part.value))
        } catch {
          throw new ValidationError([{ name: form.jsonField, reason: ERBM_MESSAGES.multipartJson }])
        }
      }
    }
  } catch (error) {
    if (codeOf(error) === 'FST_REQ_FILE_TOO_LARGE')
      throw new PayloadTooLargeError(ERBM_MESSAGES.fileTooLarge(filename))
    if (codeOf(error) === 'FST_FILES_LIMIT' || codeOf(error) === 'FST_PARTS_LIMIT') {
      throw new PayloadTooLargeError(ERBM_MESSAGES.fileTooMany)
    }
    if (error instanceof AppError) throw error
    const reason = `not a readable multipart/form-data body: ${(error as Error).message}`
    throw new ValidationError([{ name: 'body', reason }])
  }
  if (!given)
    throw new ValidationError([{ name: form.jsonField, reason: ERBM_MESSAGES.multipartJsonMissing }])
  return { body, files }
}
