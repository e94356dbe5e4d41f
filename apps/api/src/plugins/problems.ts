import type { Problem } from '@heritage-watch/shared'

const PROBLEM_TYPES: Record<number, string> = {
  400: 'https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request',
  401: 'https://www.rfc-editor.org/rfc/rfc9110#name-401-unauthorized',
  403: 'https://www.rfc-editor.org/rfc/rfc9110#name-403-forbidden',
  404: 'https://www.rfc-editor.org/rfc/rfc9110#name-404-not-found',
  409: 'https://www.rfc-editor.org/rfc/rfc9110#name-409-conflict',
  413: 'https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large',
  414: 'https://www.rfc-editor.org/rfc/rfc9110#name-414-uri-too-long',
  415: 'https://www.rfc-editor.org/rfc/rfc9110#name-415-unsupported-media-type',
  422: 'https://www.rfc-editor.org/rfc/rfc9110#name-422-unprocessable-content',
  429: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
  431: 'https://www.rfc-editor.org/rfc/rfc6585#section-5',
  500: 'https://www.rfc-editor.org/rfc/rfc9110#name-500-internal-server-error',
  503: 'https://www.rfc-editor.org/rfc/rfc9110#name-503-service-unavailable',
}

/** Titles of the problems Fastify or Node raise before our code runs, by status. */
const FRAMEWORK_TITLES: Record<number, string> = {
  404: 'Introuvable / Not found',
  413: 'Trop volumineux / Content too large',
  414: 'Adresse trop longue / URI too long',
  415: 'Type de contenu non pris en charge / Unsupported media type',
  431: 'En-têtes trop volumineux / Request header fields too large',
}

/** An RFC 9457 problem; its `type` is the RFC section of its status. */
export function problem(
  status: number,
  title: string,
  detail: string,
  instance: string | undefined,
  extra: Partial<Problem> = {},
): Problem {
  return {
    type: PROBLEM_TYPES[status] ?? 'about:blank',
    title,
    status,
    detail,
    ...(instance === undefined ? {} : { instance }),
    ...extra,
  }
}

/** A 4xx that Fastify or Node raised itself (malformed URL, body, header…), as a problem. */
export function frameworkProblem(status: number, detail: string, instance: string | undefined): Problem {
  return problem(status, FRAMEWORK_TITLES[status] ?? 'Requête invalide / Bad request', detail, instance)
}
