import { createHash } from 'node:crypto'
import {
  ALERT_PHOTO_MAX_BYTES,
  ALERT_PHOTO_MEDIA_TYPES,
  type AlertPhotoMediaType,
} from '@heritage-watch/shared'
import { fileTypeFromBuffer } from 'file-type'
import { PayloadTooLargeError, ValidationError } from '../../errors.ts'
import { ALERT_MESSAGES } from './messages.ts'

/** A photo as received, before its bytes are checked. */
export interface ReceivedPhoto {
  /** The form part's name with its position, for problems: `photo[0]`. */
  field: string
  filename: string
  content: Buffer
}

/** A photo whose bytes are a JPEG, PNG or WebP image, ready to store. */
export interface CheckedPhoto {
  filename: string
  mediaType: AlertPhotoMediaType
  sha256: string
  content: Buffer
}

const isAccepted = (mime: string | undefined): mime is AlertPhotoMediaType =>
  (ALERT_PHOTO_MEDIA_TYPES as readonly string[]).includes(mime ?? '')

/** Keeps a filename printable and short; it is only ever shown, never used as a path. */
function cleanFilename(name: string): string {
  const cleaned = name
    .replace(/[\p{Cc}/\\]/gu, '_')
    .trim()
    .slice(0, 200)
  return cleaned === '' ? 'photo' : cleaned
}

/**
 * Checks photos by their content, not their name or declared type: a renamed PDF is refused.
 * @throws PayloadTooLargeError over 10 MB; ValidationError naming the part for an empty or non-image file
 */
export async function checkPhotos(photos: ReceivedPhoto[]): Promise<CheckedPhoto[]> {
  const checked: CheckedPhoto[] = []
  for (const photo of photos) {
    const filename = cleanFilename(photo.filename)
    if (photo.content.length > ALERT_PHOTO_MAX_BYTES) {
      throw new PayloadTooLargeError(ALERT_MESSAGES.photoTooLarge(filename), 'photo_too_large')
    }
    if (photo.content.length === 0) {
      throw new ValidationError([
        { name: photo.field, reason: ALERT_MESSAGES.photoEmpty(filename), code: 'photo_type' },
      ])
    }
    const type = await fileTypeFromBuffer(photo.content)
    if (!isAccepted(type?.mime)) {
      const found = type ? `${type.mime}` : 'not a recognised file type'
      throw new ValidationError([
        { name: photo.field, reason: ALERT_MESSAGES.photoType(filename, found), code: 'photo_type' },
      ])
    }
    const sha256 = createHash('sha256').update(photo.content).digest('hex')
    checked.push({ filename, mediaType: type.mime, sha256, content: photo.content })
  }
  return checked
}
