// The operations the fuzzer calls, read from the OpenAPI document the app writes from its routes'
// declarations (issue 9): a route added tomorrow is fuzzed without anyone listing it here.

/** The part of JSON Schema the generated document uses. */
export interface JsonSchema {
  type?: string | string[]
  enum?: unknown[]
  format?: string
  pattern?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  nullable?: boolean
  default?: unknown
  $ref?: string
}

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required: boolean
  schema: JsonSchema
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  /** As OpenAPI writes it: `/alerts/{id}`. */
  path: string
  parameters: Parameter[]
  /** The request body's schema by media type (application/json, multipart/form-data). */
  bodies: Record<string, JsonSchema>
}

type Document = {
  paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: { content: object } }>>
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete']

/** Follows `$ref`s into the document's components (`#/components/parameters/limit`). */
function resolve<T>(document: Document, value: T): T {
  const reference = (value as { $ref?: string }).$ref
  if (!reference) return value
  const target = reference
    .split('/')
    .slice(1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document)
  return resolve(document, target as T)
}

/**
 * Every operation of the document, with its parameters and request bodies resolved.
 * @param document the JSON answered at GET /api
 */
export function listOperations(document: unknown): Operation[] {
  const doc = document as Document
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase() as Operation['method'],
        path,
        parameters: (operation.parameters ?? []).map((parameter) => {
          const resolved = resolve(doc, parameter) as Parameter
          return { ...resolved, required: resolved.required === true, schema: resolved.schema ?? {} }
        }),
        bodies: Object.fromEntries(
          Object.entries(operation.requestBody?.content ?? {}).map(([mediaType, content]) => [
            mediaType,
            resolve(doc, (content as { schema?: JsonSchema }).schema ?? {}),
          ]),
        ),
      })),
  )
}
