import { MEDIA_TYPES, ProblemSchema } from '@heritage-watch/shared'
import type { LightMyRequestResponse } from 'fastify'
import type pg from 'pg'
import { expect } from 'vitest'
import { buildApp } from '../../src/app.ts'
import type { OverloadConfig } from '../../src/config-overload.ts'

/** The API on `pool` with some overload settings changed (the others keep their defaults). */
export async function buildOverloadApp(pool: pg.Pool, overload: Partial<OverloadConfig>) {
  return buildApp({
    pool,
    config: {
      PUBLIC_URL: undefined,
      WEB_DIST_DIR: '/nonexistent-web-dist',
      LOG_LEVEL: 'silent',
      ...overload,
    },
    logger: false,
  })
}

/** A promise the test resolves when it chooses: the handler of a test-only route waits on it. */
export function createLatch() {
  let open: () => void = () => undefined
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { opened, open }
}

/**
 * Asserts the answer is a 503 problem+json with a Retry-After in seconds.
 * @returns the problem's detail
 */
export function expectServiceUnavailable(response: LightMyRequestResponse): string {
  expect(response.statusCode, response.body).toBe(503)
  expect(response.headers['content-type']).toContain(MEDIA_TYPES.problem)
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0)
  const problem = ProblemSchema.parse(response.json())
  expect(problem.status).toBe(503)
  return problem.detail ?? ''
}
