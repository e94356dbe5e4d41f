import { z } from 'zod'
import { type InvalidParam, ValidationError } from '../../errors.ts'

/** zod's issues as a problem's invalid-params: each field named, each unknown field on its own. */
function invalidParams(error: z.ZodError): InvalidParam[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((name) => ({ name, reason: 'unknown field' }))
      : [{ name: issue.path.join('.') || 'body', reason: issue.message }],
  )
}

/**
 * Parses a request body (or any input) with a schema of the shared contract.
 * @throws ValidationError naming every bad field
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value ?? {})
  if (!parsed.success) throw new ValidationError(invalidParams(parsed.error))
  return parsed.data
}

const IdSchema = z.uuid()

/**
 * Reads a path id (users, tokens, organisations are keyed by UUID).
 * @throws ValidationError naming `id` when it is not a UUID
 */
export function parseId(value: unknown): string {
  const parsed = IdSchema.safeParse(value)
  if (!parsed.success) throw new ValidationError([{ name: 'id', reason: 'must be a UUID' }])
  return parsed.data
}

/** Whether a database error is a violation of the unique index `index` (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, index: string): boolean {
  const fields = error as { code?: unknown; constraint?: unknown } | null
  return fields?.code === '23505' && fields.constraint === index
}
