import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { ValidationError } from '../errors.ts'

/**
 * Refuses a NUL character anywhere in the URL (`%00`), by name, before any route runs: PostgreSQL
 * cannot hold it in text, so a filter such as `?q=%00` would otherwise fail in the database as a 500.
 */
export const refuseNul = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', async (request) => {
      if (!/%00/i.test(request.url)) return
      const [path, query = ''] = request.url.split('?')
      const names = [...new URLSearchParams(query).entries()]
        .filter(([name, value]) => `${name}${value}`.includes('\u0000'))
        .map(([name]) => name.replaceAll('\u0000', '\\0'))
      const reason = 'must not contain the NUL character (%00)'
      throw new ValidationError(
        names.length && !/%00/i.test(path ?? '')
          ? names.map((name) => ({ name, reason }))
          : [{ name: 'path', reason }],
      )
    })
  },
  { name: 'refuse-nul' },
)
