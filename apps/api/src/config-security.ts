import { z } from 'zod'

/**
 * Which proxies are believed about the client's address and scheme (X-Forwarded-For, -Proto): `false`
 * (none, the default: a direct client could claim HTTPS), `true` (any), a hop count, or addresses and
 * CIDR ranges separated by commas (`127.0.0.1,10.0.0.0/8`), as Fastify's trustProxy takes them.
 */
const trustProxy = z
  .string()
  .default('false')
  .transform((text, context): boolean | string[] | ((address: string, hop: number) => boolean) => {
    const value = text.trim()
    if (value === 'false') return false
    if (value === 'true') return true
    if (/^\d{1,2}$/.test(value)) {
      // The last N hops are trusted (Fastify's own number form, which its types leave out).
      const hops = Number(value)
      return (_address, hop) => hop < hops
    }
    const addresses = value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
    if (addresses.length > 0 && addresses.every((part) => /^[\d.:a-fA-F]+(\/\d{1,3})?$/.test(part)))
      return addresses
    context.addIssue({ code: 'custom', message: 'must be true, false, a hop count or addresses/CIDRs' })
    return z.NEVER
  })

/** The security-header and observability settings (issue 13, docs/architecture.md §35), part of config.ts's schema. */
export const SECURITY_SETTINGS = {
  TRUST_PROXY: trustProxy,
  /**
   * Strict-Transport-Security's max-age, sent only on answers to requests that came over HTTPS (directly
   * or as a trusted proxy's X-Forwarded-Proto says); 0 sends none. 180 days by default.
   */
  HSTS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(63_072_000).default(15_552_000),
  /**
   * The bearer token a Prometheus server sends to read GET /metrics from elsewhere than the loopback;
   * unset, /metrics answers the loopback only (at least 24 characters: it is a password).
   */
  METRICS_TOKEN: z.string().min(24).optional(),
}

/** The security settings at their defaults, for callers that build the app without a Config (tests). */
export const DEFAULT_SECURITY_CONFIG = z.object(SECURITY_SETTINGS).parse({})

export type SecurityConfig = z.infer<z.ZodObject<typeof SECURITY_SETTINGS>>
