import { secretsEqual } from '../../auth/tokens.ts'

export type MetricsAccess = 'allowed' | 'forbidden' | 'hidden'

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/

export interface MetricsRequest {
  /** The client's address as Fastify sees it (the proxy's, unless TRUST_PROXY trusts it). */
  ip: string
  authorization: string | undefined
  /** Whether the request came through a proxy that said for whom (X-Forwarded-For or Forwarded). */
  forwarded: boolean
}

/**
 * Who may read GET /metrics: a direct client on the loopback (a Prometheus on the same host), or anyone
 * with the configured bearer token. A request relayed by a proxy on the same host is not a loopback
 * client: it comes from whoever the proxy serves. Without a token, the route hides (404); with a
 * wrong one it refuses (403), as the token's holder needs to know.
 */
export function metricsAccess(request: MetricsRequest, token: string | undefined): MetricsAccess {
  const bearer = /^bearer\s+(\S+)$/i.exec(request.authorization ?? '')?.[1]
  if (bearer !== undefined)
    return token !== undefined && secretsEqual(bearer, token) ? 'allowed' : 'forbidden'
  return LOOPBACK.test(request.ip) && !request.forwarded ? 'allowed' : 'hidden'
}
