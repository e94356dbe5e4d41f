import fc from 'fast-check'
import type { JsonSchema, Operation, Parameter } from './openapi-operations.ts'
import { hostileJson, hostileText, mutated, validLooking } from './value-arbitraries.ts'

/** Who sends a request: the runner adds that role's cookie, CSRF token or bearer token. */
export const ROLES = ['anonymous', 'partner', 'officer', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** How a role's credentials travel: as the browser sends them, or broken. */
export const CREDENTIALS = ['session', 'session', 'session', 'bearer', 'no-csrf', 'forged'] as const
export type Credentials = (typeof CREDENTIALS)[number]

export interface FuzzRequest {
  method: Operation['method']
  /** The operation as OpenAPI names it, for the report. */
  operation: string
  url: string
  role: Role
  credentials: Credentials
  headers: Record<string, string>
  payload?: string | Buffer
}

/** Real values for a path parameter (alert ids, feature ids), so that requests reach past the 404. */
export type KnownValues = (path: string, parameter: string) => string[]

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate (which it refuses) goes out as the
 * bytes of an invalid UTF-8 sequence: one more thing a server must refuse cleanly.
 */
export function encodeComponent(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return text
      .split('')
      .map((unit) => (/[\uD800-\uDFFF]/.test(unit) ? '%ED%A0%80' : encodeURIComponent(unit)))
      .join('')
  }
}

/** A value as text, the way a query string or path carries it (arrays comma-separated). */
const asText = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(asText).join(',')
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)

function parameterValue(operation: Operation, parameter: Parameter, known: KnownValues, hostile: boolean) {
  const real = known(operation.path, parameter.name)
  return fc.oneof(
    { weight: 4, arbitrary: validLooking(parameter.schema).map(asText) },
    {
      weight: real.length > 0 ? 4 : 0,
      arbitrary: fc.constantFrom('', ...real).filter((value) => hostile || value !== ''),
    },
    { weight: hostile ? 3 : 0, arbitrary: hostileText },
  )
}

const HEADER_SAFE = /^[\t\x20-\x7e\x80-\xff]*$/

/** Headers a client may send; their values stay within what an HTTP parser lets through. */
const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    accept: fc.constantFrom(
      'text/html',
      'application/geo+json',
      'application/json',
      'text/csv',
      'application/problem+json',
      '*/*',
      'image/png;q=0.1, */*;q=0',
      'garbage/;;;',
    ),
    'accept-language': fc.constantFrom('fr', 'en', 'de', 'x'.repeat(500), '*;q=NaN'),
    'if-none-match': fc.constantFrom('"x"', '*', 'W/"', '"'.repeat(50)),
    'if-modified-since': fc.constantFrom('Thu, 01 Jan 1970 00:00:00 GMT', 'not a date'),
    range: fc.constantFrom('bytes=0-10', 'bytes=-1', 'bytes=999999999999-', 'bytes=x'),
    origin: fc.constantFrom('https://qgis.example', 'null'),
    'idempotency-key': fc.oneof(
      fc.uuid(),
      hostileText.filter((text) => HEADER_SAFE.test(text)),
    ),
  },
  { requiredKeys: [] },
)

const MULTIPART_BOUNDARY = 'fuzzboundary'

/** A multipart body built from parts, or broken: no boundary, a truncated part, a fake image. */
function multipartBody(schema: JsonSchema) {
  const part = fc.record({
    name: fc.oneof(fc.constantFrom(...Object.keys(schema.properties ?? { alert: {} })), hostileText),
    filename: fc.option(fc.constantFrom('photo.jpg', '../../x.png', 'a'.repeat(300), 'x\u0000.jpg')),
    type: fc.constantFrom('image/jpeg', 'image/png', 'application/json', 'text/plain', ''),
    content: fc.oneof(
      fc.constantFrom('\xff\xd8\xff\xe0 not really a jpeg', '\x89PNG\r\n\x1a\n', '{"title":"x"}'),
      hostileJson.map(asText),
    ),
  })
  return fc
    .tuple(fc.array(part, { maxLength: 4 }), fc.constantFrom('whole', 'truncated', 'no-boundary'))
    .map(([parts, shape]) => {
      const body = parts
        .map((item) => {
          const filename = item.filename === null ? '' : `; filename="${item.filename}"`
          const type = item.type ? `\r\nContent-Type: ${item.type}` : ''
          return `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${item.name}"${filename}${type}\r\n\r\n${item.content}\r\n`
        })
        .join('')
      const payload =
        shape === 'truncated' ? body.slice(0, body.length / 2) : `${body}--${MULTIPART_BOUNDARY}--\r\n`
      const contentType =
        shape === 'no-boundary'
          ? 'multipart/form-data'
          : `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`
      return { contentType, payload: Buffer.from(payload, 'latin1') }
    })
}

/** JSON nested deeper than any parser's recursion should be trusted with. */
const deepJson = fc
  .integer({ min: 1_000, max: 100_000 })
  .map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`)

type Body = { contentType?: string; payload?: string | Buffer }

/** A body for the operation: from its schema, mutated, or hostile whatever the operation. */
function body(operation: Operation, hostile: boolean): fc.Arbitrary<Body> {
  const json = operation.bodies['application/json']
  const multipart = operation.bodies['multipart/form-data']
  const asJson = (value: unknown) => ({
    contentType: 'application/json',
    payload: JSON.stringify(value) ?? '',
  })
  if (!hostile) return json ? validLooking(json).map(asJson) : fc.constant({})
  return fc.oneof(
    { weight: json ? 4 : 0, arbitrary: validLooking(json ?? {}).map(asJson) },
    { weight: json ? 4 : 0, arbitrary: mutated(json ?? {}).map(asJson) },
    { weight: multipart ? 3 : 0, arbitrary: multipartBody(multipart ?? {}) },
    { weight: 1, arbitrary: hostileJson.map(asJson) },
    { weight: 1, arbitrary: deepJson.map((payload) => ({ contentType: 'application/json', payload })) },
    {
      weight: 1,
      arbitrary: fc.record({
        contentType: fc.constantFrom(
          'application/json',
          'text/plain',
          'application/xml',
          'application/json; charset=latin1',
          'x/y',
        ),
        payload: hostileText,
      }),
    },
    { weight: 1, arbitrary: fc.constant({}) },
  )
}

/**
 * A request for one operation: its path and query parameters (valid-looking, real or hostile, some left
 * out, some unknown ones added), headers, a body where it takes one, a role and how its credentials go.
 */
export function requestFor(operation: Operation, known: KnownValues): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(requestOf(operation, known, false), requestOf(operation, known, true))
}

/** Valid-looking requests (to reach the deep code) or hostile ones (bad values, headers, bodies). */
function requestOf(operation: Operation, known: KnownValues, hostile: boolean): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path')
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query')
  const pathValues = fc.tuple(
    ...pathParameters.map((parameter) => parameterValue(operation, parameter, known, hostile)),
  )
  const query = fc.tuple(
    ...queryParameters.map((parameter) =>
      fc.option(parameterValue(operation, parameter, known, hostile), { freq: 2 }),
    ),
  )
  const unknownQuery = hostile
    ? fc.option(fc.tuple(hostileText, hostileText), { freq: 5 })
    : fc.constant(null)
  const takesBody = operation.method !== 'GET' && operation.method !== 'DELETE'
  return fc
    .record({
      pathValues,
      query,
      unknownQuery,
      body: takesBody ? body(operation, hostile) : fc.constant<Body>({}),
      headers: hostile ? extraHeaders : fc.constant<Record<string, string>>({}),
      role: fc.constantFrom(...ROLES),
      credentials: hostile
        ? fc.constantFrom(...CREDENTIALS)
        : fc.constantFrom<Credentials>('session', 'bearer'),
    })
    .map((drawn) => {
      let path = operation.path
      pathParameters.forEach((parameter, index) => {
        path = path.replace(`{${parameter.name}}`, encodeComponent(drawn.pathValues[index] ?? ''))
      })
      const pairs = queryParameters.flatMap((parameter, index) => {
        const value = drawn.query[index]
        return value === null || value === undefined
          ? []
          : [`${encodeComponent(parameter.name)}=${encodeComponent(value)}`]
      })
      if (drawn.unknownQuery) pairs.push(drawn.unknownQuery.map(encodeComponent).join('='))
      const headers = { ...drawn.headers }
      if (drawn.body.contentType) headers['content-type'] = drawn.body.contentType
      return {
        method: operation.method,
        operation: `${operation.method} ${operation.path}`,
        url: pairs.length > 0 ? `${path}?${pairs.join('&')}` : path,
        role: drawn.role,
        credentials: drawn.credentials,
        headers,
        payload: drawn.body.payload,
      }
    })
}
