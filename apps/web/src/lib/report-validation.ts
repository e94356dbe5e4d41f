import {
  ALERT_CATEGORIES,
  ALERT_PHOTO_MAX_BYTES,
  ALERT_PHOTO_MAX_COUNT,
  ALERT_PHOTO_MEDIA_TYPES,
  ALERT_SEVERITIES,
} from '@heritage-watch/shared'

/** The report form's values as typed (selects start empty). */
export interface ReportValues {
  category: string
  severity: string
  title: string
  description: string
  observedOn: string
  photos: readonly { name: string; type: string; size: number }[]
}

/** A field's problem, as a translation key of `reportErrors.*` (the form says it in the user's language). */
export type ReportError = 'required' | 'tooLong' | 'future' | 'photoType' | 'photoSize' | 'photoCount'

const includes = (list: readonly string[], value: string) => list.includes(value)

/**
 * Checks the form before it is sent, so that the usual mistakes are named at once and in the user's
 * language; the API checks everything again (and the photos by their content, not their type).
 * @param today YYYY-MM-DD, the reporter's date: an observation cannot be in the future
 * @returns the problem of each field that has one, empty when the form can be sent
 */
export function validateReport(values: ReportValues, today: string): Record<string, ReportError> {
  const errors: Record<string, ReportError> = {}
  if (!includes(ALERT_CATEGORIES, values.category)) errors.category = 'required'
  if (!includes(ALERT_SEVERITIES, values.severity)) errors.severity = 'required'
  if (!values.title.trim()) errors.title = 'required'
  else if (values.title.trim().length > 200) errors.title = 'tooLong'
  if (!values.description.trim()) errors.description = 'required'
  else if (values.description.trim().length > 10_000) errors.description = 'tooLong'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.observedOn)) errors.observedOn = 'required'
  else if (values.observedOn > today) errors.observedOn = 'future'
  if (values.photos.length > ALERT_PHOTO_MAX_COUNT) errors.photo = 'photoCount'
  else if (values.photos.some((photo) => !includes(ALERT_PHOTO_MEDIA_TYPES, photo.type)))
    errors.photo = 'photoType'
  else if (values.photos.some((photo) => photo.size > ALERT_PHOTO_MAX_BYTES)) errors.photo = 'photoSize'
  return errors
}

/** Today in the reader's time zone, YYYY-MM-DD (the observed date's default). */
export function localDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
