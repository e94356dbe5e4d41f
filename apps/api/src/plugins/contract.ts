import swagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { validatorCompiler } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { SWAGGER_OPTIONS } from '../openapi/document.ts'

/** A response that does not match its declared schema: our bug, logged and answered 500. */
class ResponseShapeError extends Error {
  readonly statusCode = 500
  constructor(
    readonly route: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`the answer of ${route} does not match its declared schema`)
  }
}

/**
 * Checks an answer against its declared schema, then sends it as it is. The provider's own serializer
 * would encode it through the schema and so drop any member the schema does not name; ours keeps the
 * bytes the service made, and a shape drift fails (in the tests first) instead of reaching a client.
 */
function serializerCompiler({ schema, url }: { schema: unknown; url: string }) {
  if (!(schema instanceof z.ZodType)) return (data: unknown) => JSON.stringify(data)
  return (data: unknown) => {
    const checked = schema.safeParse(data)
    if (!checked.success) throw new ResponseShapeError(url, checked.error.issues)
    return JSON.stringify(data)
  }
}

/** A route as registered, for the test that holds the OpenAPI document to the routes. */
interface RegisteredRoute {
  method: string
  url: string
  hidden: boolean
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered so far, HEAD and OPTIONS included. */
    registeredRoutes(): RegisteredRoute[]
  }
}

/**
 * Routes declare their contract with zod schemas from packages/shared: Fastify validates params,
 * query and bodies with them, and @fastify/swagger writes the OpenAPI document from them. Schemas that
 * are not zod (a multipart body, documented only) are not checked here: their route reads them.
 */
export const contract = fp(
  async (app: FastifyInstance) => {
    app.setValidatorCompiler((route) =>
      route.schema instanceof z.ZodType ? validatorCompiler(route as never) : () => true,
    )
    app.setSerializerCompiler(serializerCompiler)
    const registered: RegisteredRoute[] = []
    app.addHook('onRoute', (route) => {
      const hidden = (route.schema as { hide?: boolean } | undefined)?.hide === true
      for (const method of [route.method].flat()) registered.push({ method, url: route.url, hidden })
    })
    app.decorate('registeredRoutes', () => [...registered])
    await app.register(swagger, SWAGGER_OPTIONS)
  },
  { name: 'contract' },
)
