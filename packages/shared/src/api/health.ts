import { z } from 'zod'

/** `GET /health`: the process lives and serves HTTP; the database is not asked. */
export const LivenessSchema = z.object({ status: z.literal('ok') })
export type Liveness = z.infer<typeof LivenessSchema>

/**
 * `GET /ready`: the database answered within its bound and every migration the code ships is applied.
 * When either fails the answer is a 503 problem+json with Retry-After, whose detail names the check.
 */
export const ReadinessSchema = z.object({
  status: z.literal('ready'),
  database: z.object({
    answeredInMs: z.number().int().min(0).meta({ description: 'Temps de réponse de la base (ms)' }),
  }),
  migrations: z.object({
    applied: z.number().int().min(0).meta({ description: 'Migrations appliquées, parmi celles du code' }),
    expected: z.number().int().min(0).meta({ description: 'Migrations livrées avec le code' }),
  }),
})
export type Readiness = z.infer<typeof ReadinessSchema>
