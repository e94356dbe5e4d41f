import { z } from 'zod'

/** RFC 9457 problem details, with the invalid parameters named. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  'invalid-params': z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
})
export type Problem = z.infer<typeof ProblemSchema>
