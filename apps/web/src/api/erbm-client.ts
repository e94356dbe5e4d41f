import type {
  ErbmCiteDetail,
  ErbmCiteList,
  ErbmDossierRequest,
  ErbmEvaluationRequest,
  ErbmFollowupRequest,
  ErbmOpinionRequest,
  ErbmPhase,
  ErbmPhaseRequest,
} from '@heritage-watch/shared'
import { requestJson, type SessionRequestOptions } from './request-json.ts'

// The client of /erbm/cites (issue #10 §3). Only the ERBM views import it, and they are loaded on first
// use, so the schemas come with them and never weigh on the first map load.

const contracts = () => import('./erbm-contracts.ts')
const detailSchema = () => contracts().then((module) => module.ErbmCiteDetailSchema)
const citeUrl = (options: SessionRequestOptions, id: string, rest = '') =>
  `${options.apiBaseUrl}/erbm/cites/${encodeURIComponent(id)}${rest}`

/** `GET /erbm/cites?…`: the dashboard's lines for a query built by lib/erbm-query.ts. */
export function fetchErbmCites(
  query: URLSearchParams,
  options: SessionRequestOptions,
): Promise<ErbmCiteList> {
  const schema = () => contracts().then((module) => module.ErbmCiteListSchema)
  return requestJson({ method: 'GET', url: `${options.apiBaseUrl}/erbm/cites?${query}`, schema }, options)
}

/** `GET /erbm/cites/{id}`: one cité's whole follow-up. */
export function fetchErbmCite(id: string, options: SessionRequestOptions): Promise<ErbmCiteDetail> {
  return requestJson({ method: 'GET', url: citeUrl(options, id), schema: detailSchema }, options)
}

export function putErbmFollowup(
  { citeId, body }: { citeId: string; body: ErbmFollowupRequest },
  options: SessionRequestOptions,
): Promise<ErbmCiteDetail> {
  return requestJson(
    { method: 'PUT', url: citeUrl(options, citeId, '/suivi'), body, schema: detailSchema },
    options,
  )
}

export function putErbmPhase(
  { citeId, phase, body }: { citeId: string; phase: ErbmPhase; body: ErbmPhaseRequest },
  options: SessionRequestOptions,
): Promise<ErbmCiteDetail> {
  const url = citeUrl(options, citeId, `/phases/${phase}`)
  return requestJson({ method: 'PUT', url, body, schema: detailSchema }, options)
}

/** JSON without files; otherwise a form whose `jsonField` holds the JSON and each file its own part. */
function bodyWithFiles(json: unknown, jsonField: string, files: readonly { part: string; file: File }[]) {
  if (files.length === 0) return json
  const form = new FormData()
  form.append(jsonField, JSON.stringify(json))
  for (const { part, file } of files) form.append(part, file, file.name)
  return form
}

interface Creation<Body> {
  citeId: string
  body: Body
  /** One per opened form and reused on retry, so that a retry never records twice. */
  idempotencyKey: string
  files?: readonly { part: string; file: File }[]
}

function create(
  path: string,
  jsonField: string,
  { citeId, body, idempotencyKey, files = [] }: Creation<unknown>,
  options: SessionRequestOptions,
): Promise<ErbmCiteDetail> {
  return requestJson(
    {
      method: 'POST',
      url: citeUrl(options, citeId, path),
      body: bodyWithFiles(body, jsonField, files),
      headers: { 'Idempotency-Key': idempotencyKey },
      schema: detailSchema,
    },
    options,
  )
}

/** `POST …/avis`: attachments go as `piece` parts (PDF or images). */
export const postErbmOpinion = (creation: Creation<ErbmOpinionRequest>, options: SessionRequestOptions) =>
  create('/avis', 'avis', creation, options)
export const postErbmDossier = (creation: Creation<ErbmDossierRequest>, options: SessionRequestOptions) =>
  create('/dossiers', 'dossier', creation, options)
/** `POST …/bilans`: photos go as `photo` parts, or `photo_<criterion>` for one criterion. */
export const postErbmEvaluation = (
  creation: Creation<ErbmEvaluationRequest>,
  options: SessionRequestOptions,
) => create('/bilans', 'bilan', creation, options)
