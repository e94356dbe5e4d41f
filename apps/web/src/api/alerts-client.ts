import type {
  Alert,
  AlertBadges,
  AlertCreateRequest,
  AlertEditRequest,
  AlertFilter,
  AlertList,
  AlertPerson,
  AlertPreview,
  AlertPreviewRequest,
  AlertSort,
  AlertStatus,
  AlertSummary,
} from '@heritage-watch/shared'
import { alertListUrl } from '../lib/alert-query.ts'
import { loadSessionContracts } from './load-session-contracts.ts'
import { requestJson, type SessionRequestOptions } from './request-json.ts'

const alertSchema = () => loadSessionContracts().then((contracts) => contracts.AlertSchema)
const alertUrl = (options: SessionRequestOptions, id: string, rest = '') =>
  `${options.apiBaseUrl}/alerts/${encodeURIComponent(id)}${rest}`

/** `POST /alerts/preview`: the context PostGIS computes and the duplicate hints, before submitting. */
export function previewAlert(
  place: AlertPreviewRequest,
  options: SessionRequestOptions,
): Promise<AlertPreview> {
  const schema = loadSessionContracts().then((contracts) => contracts.AlertPreviewSchema)
  return requestJson(
    { method: 'POST', url: `${options.apiBaseUrl}/alerts/preview`, body: place, schema },
    options,
  )
}

/**
 * `POST /alerts`: JSON, or multipart/form-data (field `alert` = the JSON, one `photo` part per photo).
 * @param idempotencyKey one per opened form and reused on retry, so a retry never makes a second alert
 */
export function createAlert(
  alert: AlertCreateRequest,
  photos: readonly File[],
  idempotencyKey: string,
  options: SessionRequestOptions,
): Promise<Alert> {
  let body: unknown = alert
  if (photos.length > 0) {
    const form = new FormData()
    form.append('alert', JSON.stringify(alert))
    for (const photo of photos) form.append('photo', photo, photo.name)
    body = form
  }
  return requestJson(
    {
      method: 'POST',
      url: `${options.apiBaseUrl}/alerts`,
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
      schema: alertSchema(),
    },
    options,
  )
}

/** `GET /alerts?…`: one page of the alerts the caller may see. */
export function fetchAlerts(
  filter: AlertFilter,
  sort: AlertSort,
  page: { limit: number; offset: number },
  options: SessionRequestOptions,
): Promise<AlertList> {
  const schema = loadSessionContracts().then((contracts) => contracts.AlertListSchema)
  return requestJson(
    { method: 'GET', url: alertListUrl(options.apiBaseUrl, filter, sort, page), schema },
    options,
  )
}

/** `GET /alerts/{id}`: the record with its timeline (oldest first) and the statuses it may move to. */
export function fetchAlert(id: string, options: SessionRequestOptions): Promise<Alert> {
  return requestJson({ method: 'GET', url: alertUrl(options, id), schema: alertSchema() }, options)
}

/** `PATCH /alerts/{id}`. */
export function editAlert(
  id: string,
  edit: AlertEditRequest,
  options: SessionRequestOptions,
): Promise<Alert> {
  return requestJson(
    { method: 'PATCH', url: alertUrl(options, id), body: edit, schema: alertSchema() },
    options,
  )
}

/** `POST /alerts/{id}/status`. @throws ApiError 409 with code `transition_illegal` */
export function changeAlertStatus(
  id: string,
  change: { status: AlertStatus; comment?: string },
  options: SessionRequestOptions,
): Promise<Alert> {
  const url = alertUrl(options, id, '/status')
  return requestJson({ method: 'POST', url, body: change, schema: alertSchema() }, options)
}

/** `POST /alerts/bulk/status`: the same change on several alerts, all or none. */
export async function changeAlertsStatus(
  change: { ids: string[]; status: AlertStatus; comment?: string },
  options: SessionRequestOptions,
): Promise<AlertSummary[]> {
  const schema = loadSessionContracts().then((contracts) => contracts.AlertBulkResultSchema)
  const url = `${options.apiBaseUrl}/alerts/bulk/status`
  return (await requestJson({ method: 'POST', url, body: change, schema }, options)).alerts
}

/** `PUT /alerts/{id}/assignee`; null unassigns. */
export function assignAlert(
  id: string,
  assigneeId: string | null,
  options: SessionRequestOptions,
): Promise<Alert> {
  const url = alertUrl(options, id, '/assignee')
  return requestJson({ method: 'PUT', url, body: { assigneeId }, schema: alertSchema() }, options)
}

/** `POST /alerts/{id}/comments`. */
export function commentAlert(id: string, body: string, options: SessionRequestOptions): Promise<Alert> {
  const url = alertUrl(options, id, '/comments')
  return requestJson({ method: 'POST', url, body: { body }, schema: alertSchema() }, options)
}

/** `POST /alerts/{id}/photos` (multipart, one `photo` part per photo). */
export function addAlertPhotos(
  id: string,
  photos: readonly File[],
  options: SessionRequestOptions,
): Promise<Alert> {
  const form = new FormData()
  for (const photo of photos) form.append('photo', photo, photo.name)
  const url = alertUrl(options, id, '/photos')
  return requestJson({ method: 'POST', url, body: form, schema: alertSchema() }, options)
}

/** `GET /alerts/assignees`: the officers and admins an alert can be given to. */
export async function fetchAssignees(options: SessionRequestOptions): Promise<AlertPerson[]> {
  const schema = loadSessionContracts().then((contracts) => contracts.AlertAssigneesSchema)
  const url = `${options.apiBaseUrl}/alerts/assignees`
  return (await requestJson({ method: 'GET', url, schema }, options)).assignees
}

/** `GET /alerts/badges`: per feature with open alerts the caller may see, its highest severity. */
export function fetchAlertBadges(options: SessionRequestOptions): Promise<AlertBadges['badges']> {
  const schema = loadSessionContracts().then((contracts) => contracts.AlertBadgesSchema)
  const url = `${options.apiBaseUrl}/alerts/badges`
  return requestJson({ method: 'GET', url, schema }, options).then((answer) => answer.badges)
}

/** Where the live stream of alert changes is (server-sent events, event `alert`, cookie auth). */
export function alertStreamUrl(apiBaseUrl: string): string {
  return `${apiBaseUrl}/alerts/stream`
}

/** A photo's bytes, for an `<img src>` (the API gives `href`, relative or absolute). */
export function photoUrl(apiBaseUrl: string, href: string): string {
  return /^https?:\/\//.test(href) ? href : `${apiBaseUrl}${href}`
}
