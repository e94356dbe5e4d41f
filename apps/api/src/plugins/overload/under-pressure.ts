import underPressure from '@fastify/under-pressure'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ServiceUnavailableError } from '../../errors.ts'

export interface ProcessPressureOptions {
  /** Event-loop delay past which every request is refused; 0 for no check. */
  maxEventLoopDelayMs: number
  /** V8 heap in use past which every request is refused; 0 for no check. */
  maxHeapUsedMb: number
}

const RETRY_AFTER_SECONDS = 2

/**
 * The last guard, behind the per-class limits: when the process itself is saturated (its event loop
 * late, its heap full) every request gets 503 + Retry-After before any work, through the one error handler.
 */
export const processPressure = fp(
  async (app: FastifyInstance, options: ProcessPressureOptions) => {
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      maxHeapUsedBytes: options.maxHeapUsedMb * 1024 * 1024,
      pressureHandler: async (_request, _reply, type) => {
        throw new ServiceUnavailableError(
          `The server is overloaded (${type}); try again in ${RETRY_AFTER_SECONDS} s.`,
          RETRY_AFTER_SECONDS,
        )
      },
    })
  },
  { name: 'process-pressure' },
)
