import type { Problem } from '@heritage-watch/shared'

/** The part of i18next the messages need, so that this stays a pure, testable function. */
export interface Translator {
  t: (key: string, values?: Record<string, unknown>) => string
  exists: (key: string) => boolean
}

/** What the UI says about a failed request: one sentence, and one message per field it names. */
export interface ProblemMessages {
  summary: string
  /** By the field's top-level name (`features.0.id` → `features`), in the user's language when known. */
  fields: Record<string, string>
}

/** The parts of an ApiError the messages read (kept structural so that tests need no class). */
interface FailedRequest {
  reason?: string
  status?: number
  problem?: Problem
  retryAfterSeconds?: number
}

const fieldOf = (name: string) => name.split(/[.[]/)[0] ?? name

/**
 * Puts a failed request in the user's language (issue #4: "a clear 4xx naming the problem, in the
 * user's language in the UI"): a known `code` is translated (`problems.codes.*`), a field is named by
 * its label (`fields.*`); otherwise the API's English `reason` or `detail` is shown after a translated
 * sentence, so that nothing the API said is lost.
 */
export function problemMessages(error: unknown, { t, exists }: Translator): ProblemMessages {
  const failed = (typeof error === 'object' && error !== null ? error : {}) as FailedRequest
  if (failed.reason === 'network') return { summary: t('problems.network'), fields: {} }
  if (failed.reason === 'contract' || !failed.status) return { summary: t('problems.contract'), fields: {} }
  // The API sheds load with 503 + Retry-After (issue 12): say when to try again, not its English detail.
  if (failed.status === 503 && failed.retryAfterSeconds !== undefined)
    return { summary: t('problems.overloaded', { seconds: failed.retryAfterSeconds }), fields: {} }

  const problem = failed.problem
  const translatedCode = (code: string | undefined) =>
    code && exists(`problems.codes.${code}`) ? t(`problems.codes.${code}`) : undefined

  const fields: Record<string, string> = {}
  for (const param of problem?.['invalid-params'] ?? []) {
    const field = fieldOf(param.name)
    const label = exists(`fields.${field}`) ? t(`fields.${field}`) : param.name
    const message = translatedCode(param.code) ?? param.reason
    const line = t('problems.field', { field: label, message })
    fields[field] = fields[field] ? `${fields[field]} ${line}` : line
  }

  const statusKey = `problems.status.${failed.status}`
  const base = exists(statusKey) ? t(statusKey) : t('problems.status.other', { status: failed.status })
  const code = translatedCode(problem?.code)
  let summary = code ?? base
  if (!code && Object.keys(fields).length === 0 && problem?.detail)
    summary = t('problems.withDetail', { summary: base, detail: problem.detail })
  return { summary, fields }
}
