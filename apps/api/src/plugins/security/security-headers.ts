import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { cspHeader, type CspDirectives, PERMISSIONS_POLICY } from './content-security-policy.ts'

export interface SecurityHeadersOptions {
  csp: CspDirectives
  /** Strict-Transport-Security's max-age on answers to HTTPS requests; 0 for none. */
  hstsMaxAgeSeconds: number
}

/**
 * The security headers of every answer (API, OGC pages, the web app, photos), set onRequest so that
 * refusals before any route (overload 503s, 401s, 404s) carry them too. HSTS goes only on answers to
 * requests that came over HTTPS: on plain http a browser ignores it, and a proxy's X-Forwarded-Proto
 * counts only when TRUST_PROXY trusts that proxy (request.protocol).
 */
export const securityHeaders = fp(
  async (app: FastifyInstance, options: SecurityHeadersOptions) => {
    const csp = cspHeader(options.csp)
    await app.register(helmet, {
      // Set below as one precomputed string: helmet would rebuild it on every request.
      contentSecurityPolicy: false,
      strictTransportSecurity: false,
      // Tiles, photos and features are open data read by other sites' maps (CORS is open for reads).
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      // OpenStreetMap's tile policy asks for a Referer; the path and query stay on our origin.
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      frameguard: { action: 'deny' },
    })
    const hsts = `max-age=${options.hstsMaxAgeSeconds}; includeSubDomains`
    app.addHook('onRequest', async (request, reply) => {
      void reply.header('content-security-policy', csp)
      void reply.header('permissions-policy', PERMISSIONS_POLICY)
      if (options.hstsMaxAgeSeconds > 0 && request.protocol === 'https')
        void reply.header('strict-transport-security', hsts)
    })
  },
  { name: 'security-headers' },
)
