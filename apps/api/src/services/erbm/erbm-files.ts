import { createHash } from 'node:crypto'
import { ALERT_PHOTO_MAX_BYTES, ALERT_PHOTO_MEDIA_TYPES } from '@heritage-watch/shared'
import { fileTypeFromBuffer } from 'file-type'
import type { NewErbmFile } from '../../db/erbm-write-repo.ts'
import { PayloadTooLargeError, ValidationError } from '../../errors.ts'
import { ERBM_MESSAGES } from './messages.ts'

/** A file part as received, before its bytes are checked. */
export interface ReceivedErbmFile {
  /** The form part's name with its position, for problems: `piece.0`. */
  field: string
  filename: string
  content: Buffer
  /** For a bilan's photo: the criterion its part named (`photo_facades`), null for the whole visit. */
  criterion?: string | null
}

/** The photos of a bilan: the alerts' image types. */
export const ERBM_PHOTO_TYPES = ALERT_PHOTO_MEDIA_TYPES
/** The attachments of an opinion: a PDF (the written opinion) or an image. */
export const ERBM_ATTACHMENT_TYPES = ['application/pdf', ...ALERT_PHOTO_MEDIA_TYPES] as const

/** Keeps a filename printable and short; it is only ever shown, never used as a path. */
function cleanFilename(name: string): string {
  const cleaned = name
    .replace(/[\p{Cc}/\\]/gu, '_')
    .trim()
    .slice(0, 200)
  return cleaned === '' ? 'fichier' : cleaned
}

/**
 * Checks files by their content, not their name or declared type, as alert photos are.
 * @throws PayloadTooLargeError over 10 MB; ValidationError naming the part for an empty or refused file
 */
export async function checkErbmFiles<T extends ReceivedErbmFile>(
  files: T[],
  accepted: readonly string[],
): Promise<(T & NewErbmFile)[]> {
  const checked: (T & NewErbmFile)[] = []
  for (const file of files) {
    const filename = cleanFilename(file.filename)
    if (file.content.length > ALERT_PHOTO_MAX_BYTES) {
      throw new PayloadTooLargeError(ERBM_MESSAGES.fileTooLarge(filename))
    }
    if (file.content.length === 0) {
      throw new ValidationError([{ name: file.field, reason: ERBM_MESSAGES.fileEmpty(filename) }])
    }
    const type = await fileTypeFromBuffer(file.content)
    if (!type || !accepted.includes(type.mime)) {
      const found = type ? type.mime : 'not a recognised file type'
      throw new ValidationError([
        { name: file.field, reason: ERBM_MESSAGES.fileType(filename, found, accepted) },
      ])
    }
    const sha256 = createHash('sha256').update(file.content).digest('hex')
    checked.push({ ...file, filename, mediaType: type.mime, sha256 })
  }
  return checked
}
