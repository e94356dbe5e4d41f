import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger'
import { COLLECTIONS, DATA_LICENCE } from '@heritage-watch/shared'
import { createJsonSchemaTransform } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { declareIdempotencyKey, IDEMPOTENCY_KEY_PARAMETER } from './idempotency-parameter.ts'

// The OpenAPI 3.0 document is written by @fastify/swagger from the routes' own declarations; this file
// only adds what no route holds (title, security schemes) and tidies the result.

/** Security schemes: the browser's session cookie (its writes need X-CSRF-Token) and personal API tokens. */
const SECURITY_SCHEMES = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'hw_session',
    description: 'Session ouverte par POST /auth/login (HttpOnly, SameSite=Lax)',
  },
  csrfHeader: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'Jeton CSRF rendu par /auth/login et /auth/me : exigé sur toute écriture authentifiée par le cookie',
  },
  bearerToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'Jeton d’API personnel hw_… créé par POST /auth/tokens (scripts, QGIS, GDAL)',
  },
  feedToken: {
    type: 'apiKey',
    in: 'query',
    name: 'token',
    description:
      'Le jeton d’API dans l’URL, pour les lecteurs de flux qui n’envoient pas d’en-têtes (GET /alerts/feed.atom seulement)',
  },
} as const

/** The items parameters every collection shares, written once under components.parameters. */
const SHARED_PARAMETERS = ['bbox', 'bbox-crs', 'crs', 'limit', 'offset', 'datetime', 'f']
const CATALOGUE_ITEMS = new Set(COLLECTIONS.map((collection) => `/collections/${collection.id}/items`))

type Parameter = { name: string; in: string; schema?: { type?: string }; style?: string; explode?: boolean }
type Operation = { parameters?: (Parameter | { $ref: string })[] }
type Document = {
  paths: Record<string, Record<string, Operation>>
  components: { parameters?: Record<string, Parameter> }
}

/**
 * A prefix's root route (`/alerts`, registered as `/` under its prefix) is documented without its
 * trailing slash. Lists in a query are comma-separated (`?status=a,b`), which OpenAPI calls form without explode; and
 * the catalogue items' shared parameters become references, as OGC API - Features documents do.
 */
function tidy(document: Document): Document {
  const shared: Record<string, Parameter> = {}
  document.paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path.length > 1 ? path.replace(/\/$/, '') : path,
      item,
    ]),
  )
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      operation.parameters = operation.parameters?.map((parameter) => {
        if ('$ref' in parameter) return parameter
        if (parameter.in === 'query' && parameter.schema?.type === 'array')
          Object.assign(parameter, { style: 'form', explode: false })
        if (!CATALOGUE_ITEMS.has(path) || !SHARED_PARAMETERS.includes(parameter.name)) return parameter
        const known = shared[parameter.name]
        if (known && JSON.stringify(known) !== JSON.stringify(parameter)) return parameter
        shared[parameter.name] = parameter
        return { $ref: `#/components/parameters/${parameter.name}` }
      })
      declareIdempotencyKey(method, path, operation)
    }
  }
  document.components.parameters = {
    ...document.components.parameters,
    ...shared,
    'Idempotency-Key': IDEMPOTENCY_KEY_PARAMETER,
  }
  return document
}

const zodTransform = createJsonSchemaTransform({ skipList: [] })
const asJsonSchema = (schema: unknown) => {
  if (!(schema instanceof z.ZodType)) return schema
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>
  return rest
}

/** A response declared without content (204) is written without any, as @fastify/swagger reads `null`. */
function withoutEmptyContent(response: Record<string, { description?: string; content?: object }> = {}) {
  return Object.fromEntries(
    Object.entries(response).map(([status, answer]) =>
      answer.content && Object.keys(answer.content).length === 0
        ? [status, { type: 'null', description: answer.description }]
        : [status, answer],
    ),
  )
}

/**
 * Converts the route's zod schemas to JSON Schema. Bodies declared by media type (`jsonBody`) are
 * converted here, since the provider's transform expects a zod body.
 */
const transform: NonNullable<FastifyDynamicSwaggerOptions['transform']> = (document) => {
  const { body, ...schema } = (document.schema ?? {}) as Record<string, unknown>
  const result = zodTransform({ ...document, schema } as Parameters<typeof zodTransform>[0])
  if (result.schema?.hide) return result
  const converted = result.schema as Record<string, unknown>
  converted.response = withoutEmptyContent(converted.response as never)
  if (!body) return result
  const content = (body as { content: Record<string, { schema: unknown }> }).content
  converted.body = {
    content: Object.fromEntries(
      Object.entries(content).map(([type, entry]) => [type, { schema: asJsonSchema(entry.schema) }]),
    ),
  }
  return result
}

/** Options of @fastify/swagger: the document's frame, the zod transform and the tidying pass. */
export const SWAGGER_OPTIONS: FastifyDynamicSwaggerOptions = {
  openapi: {
    openapi: '3.0.3',
    info: {
      title: 'Heritage-watch — OGC API - Features du Bassin minier du Nord-Pas-de-Calais',
      version: '1.0.0',
      description:
        'Couches patrimoniales officielles du Bassin minier (Mission Bassin Minier, Géo2France), servies selon OGC API - Features parties 1, 2 et 3.',
      license: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    },
    components: { securitySchemes: SECURITY_SCHEMES },
  },
  transform,
  transformObject: (documentObject) =>
    tidy(
      ('openapiObject' in documentObject ? documentObject.openapiObject : documentObject) as Document,
    ) as never,
}
