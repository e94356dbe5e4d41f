import {
  type Assessment,
  type AssessmentCreateRequest,
  type AssessmentLatestList,
  AssessmentLatestListSchema,
  AssessmentSchema,
  type AssessmentSeries,
  AssessmentSeriesSchema,
  type AssessmentValidationRequest,
  type SiteAtRiskFollowup,
  type SiteAtRiskFollowupRequest,
  SiteAtRiskFollowupSchema,
} from '@heritage-watch/shared'
import type { FeatureRef } from '../lib/url-state.ts'
import { requestJson, type SessionRequestOptions } from './request-json.ts'

// The constats d'état API (issue #10 §2, §6). Only lazily loaded modules import this client (the record
// section, the "état" map style), so its schemas never weigh on the first load.

const base = (options: SessionRequestOptions) => `${options.apiBaseUrl}/assessments`

/** `GET /assessments?feature=…`: a feature's series, its latest valid state and trend. */
export function fetchAssessmentSeries(
  feature: FeatureRef,
  options: SessionRequestOptions,
): Promise<AssessmentSeries> {
  const url = `${base(options)}?feature=${encodeURIComponent(`${feature.collection}/${feature.id}`)}`
  return requestJson({ method: 'GET', url, schema: AssessmentSeriesSchema }, options)
}

/** `POST /assessments`: JSON, or multipart (field `assessment` and `photo` parts), with an Idempotency-Key. */
export function createAssessment(
  assessment: AssessmentCreateRequest,
  photos: readonly File[],
  idempotencyKey: string,
  options: SessionRequestOptions,
): Promise<Assessment> {
  let body: unknown = assessment
  if (photos.length > 0) {
    const form = new FormData()
    form.append('assessment', JSON.stringify(assessment))
    for (const photo of photos) form.append('photo', photo, photo.name)
    body = form
  }
  return requestJson(
    {
      method: 'POST',
      url: base(options),
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
      schema: AssessmentSchema,
    },
    options,
  )
}

/** `POST /assessments/{id}/validation`: an officer's decision on a proposal. */
export function decideAssessment(
  id: string,
  decision: AssessmentValidationRequest,
  options: SessionRequestOptions,
): Promise<Assessment> {
  return requestJson(
    {
      method: 'POST',
      url: `${base(options)}/${encodeURIComponent(id)}/validation`,
      body: decision,
      schema: AssessmentSchema,
    },
    options,
  )
}

/** `GET /assessments/latest`: each visible feature's latest valid condition. */
export function fetchLatestConditions(options: SessionRequestOptions): Promise<AssessmentLatestList> {
  return requestJson(
    { method: 'GET', url: `${base(options)}/latest`, schema: AssessmentLatestListSchema },
    options,
  )
}

const followupUrl = (options: SessionRequestOptions, id: string) =>
  `${options.apiBaseUrl}/sites-en-danger/${encodeURIComponent(id)}/suivi`

/** `GET /sites-en-danger/{id}/suivi`. */
export function fetchSiteFollowup(id: string, options: SessionRequestOptions): Promise<SiteAtRiskFollowup> {
  return requestJson(
    { method: 'GET', url: followupUrl(options, id), schema: SiteAtRiskFollowupSchema },
    options,
  )
}

/** `PUT /sites-en-danger/{id}/suivi` (staff). */
export function saveSiteFollowup(
  id: string,
  followup: SiteAtRiskFollowupRequest,
  options: SessionRequestOptions,
): Promise<SiteAtRiskFollowup> {
  return requestJson(
    { method: 'PUT', url: followupUrl(options, id), body: followup, schema: SiteAtRiskFollowupSchema },
    options,
  )
}
