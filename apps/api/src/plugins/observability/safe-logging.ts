import type { FastifyServerOptions } from 'fastify'

/** Query parameters whose value is a secret: the feed's `?token=`, and any future reset or signed link. */
const SECRET_PARAMETER = /token|password|passwd|secret|key|signature|code/i
/** Our API tokens (`hw_` + 43 base64url characters), wherever they appear in a URL. */
const API_TOKEN = /hw_[\w-]{20,}/g
const REDACTED = '[redacted]'

/**
 * A URL as it may be logged: secret query values and anything shaped like an API token replaced.
 * @example redactUrl('/alerts/feed.atom?token=hw_abc…') // '/alerts/feed.atom?token=[redacted]'
 */
export function redactUrl(url: string): string {
  const [path = '', query] = url.split(/\?(.*)/s, 2)
  const safePath = path.replace(API_TOKEN, REDACTED)
  if (query === undefined) return safePath
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const [name = '', ...value] = pair.split('=')
      if (value.length === 0) return pair.replace(API_TOKEN, REDACTED)
      let decodedName = name
      try {
        decodedName = decodeURIComponent(name.replace(/\+/g, ' '))
      } catch {
        // A malformed escape: judge the raw name.
      }
      return SECRET_PARAMETER.test(decodedName) ? `${name}=${REDACTED}` : pair.replace(API_TOKEN, REDACTED)
    })
    .join('&')
  return `${safePath}?${safeQuery}`
}

/**
 * Paths pino blanks in every log object: credentials in headers, bodies and queries, wherever a log call
 * puts them (the error handler logs params and query; a future one might log a body or headers).
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'query.token',
  'params.token',
  'body.password',
  'body.currentPassword',
  'body.newPassword',
  'body.token',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.secret',
]

/** A parsed query as it may be logged: the values of secret parameters replaced. */
function redactQuery(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query
  return Object.fromEntries(
    Object.entries(query).map(([name, value]) => [name, SECRET_PARAMETER.test(name) ? REDACTED : value]),
  )
}

interface LoggedRequest {
  method: string
  url: string
  hostname?: string
  ip?: string
  socket?: { remotePort?: number }
}

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>

/**
 * The logger options with what keeps secrets out of the log: the request serializer logs a redacted
 * URL, and pino's redaction blanks credentials. `false` stays false (tests without a log).
 */
export function safeLogging(options: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (options === false || options === undefined) return options
  const base: LoggerOptions = options === true ? {} : options
  return {
    ...base,
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    serializers: {
      ...base.serializers,
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        host: request.hostname,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
      // pino applies serializers by key: the `url` and `query` our own log calls add are cleaned too.
      url: (url: unknown) => (typeof url === 'string' ? redactUrl(url) : url),
      query: redactQuery,
    },
  }
}
