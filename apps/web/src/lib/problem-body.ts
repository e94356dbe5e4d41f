import type { Problem } from '@heritage-watch/shared'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const optionalString = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * Reads an RFC 9457 problem+json body without zod (errors must be readable before the schemas load).
 * Members of the wrong type are dropped rather than trusted.
 * @returns the problem, or undefined when the body is not one (no numeric `status`)
 */
export function readProblem(body: unknown): Problem | undefined {
  if (!isRecord(body) || typeof body.status !== 'number') return undefined
  const problem: Problem = {
    type: optionalString(body.type) ?? 'about:blank',
    title: optionalString(body.title) ?? '',
    status: body.status,
  }
  const detail = optionalString(body.detail)
  const code = optionalString(body.code)
  if (detail !== undefined) problem.detail = detail
  if (code !== undefined) problem.code = code
  const params = body['invalid-params']
  if (Array.isArray(params)) {
    problem['invalid-params'] = params.filter(isRecord).flatMap((param) => {
      const name = optionalString(param.name)
      const reason = optionalString(param.reason)
      if (name === undefined || reason === undefined) return []
      const paramCode = optionalString(param.code)
      return [paramCode === undefined ? { name, reason } : { name, reason, code: paramCode }]
    })
  }
  return problem
}
