import { z } from 'zod'

/**
 * Machine-readable reasons the web app translates into the user's language (issue #4: "a clear 4xx
 * naming the problem, in the user's language in the UI"). The English `detail` and `reason` stay for
 * every other client; a problem without a code is shown with its detail.
 */
export const PROBLEM_CODES = [
  'credentials_wrong',
  'account_disabled',
  'too_many_attempts',
  'csrf_missing',
  'csrf_wrong',
  'session_expired',
  'login_required',
  'forbidden',
  'geometry_invalid',
  'geometry_outside_bassin',
  'geometry_coordinate_order',
  'feature_unknown',
  'transition_illegal',
  'photo_too_large',
  'photo_type',
  'photo_too_many',
  'idempotency_mismatch',
  'assignee_invalid',
  'last_admin',
  'reset_link_invalid',
] as const
export type ProblemCode = (typeof PROBLEM_CODES)[number]

/** RFC 9457 problem details, with the invalid parameters named. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  /** One of PROBLEM_CODES when the problem has one (an extension member, as RFC 9457 §3.2 allows). */
  code: z.string().optional(),
  'invalid-params': z
    .array(z.object({ name: z.string(), reason: z.string(), code: z.string().optional() }))
    .optional(),
})
export type Problem = z.infer<typeof ProblemSchema>
