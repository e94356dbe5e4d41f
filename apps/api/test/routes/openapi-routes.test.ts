import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../helpers/test-app.ts'

// The OpenAPI document is written from the routes' declarations (issue 9): this holds it to the routes
// the app really registers, both ways, and to every operation the hand-written document had before.

const server = useTestApp()

type Document = { paths: Record<string, Record<string, { operationId?: string; summary?: string }>> }
const METHODS = ['get', 'post', 'put', 'patch', 'delete']

/** `/alerts/:id` as OpenAPI writes it, `/alerts/{id}`; a prefix's root without its trailing slash. */
const asOpenApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}').replace(/(.)\/$/, '$1')

async function documentedOperations(): Promise<Set<string>> {
  const document = (await server.app.inject({ url: '/api' })).json() as Document
  return new Set(
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => METHODS.includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    ),
  )
}

/**
 * The routes a client may call, as `METHOD /path`. HEAD is GET's twin (Fastify adds it), OPTIONS
 * answers CORS and `Allow`, and hidden routes say so in their schema.
 */
function registeredOperations(): Set<string> {
  return new Set(
    server.app
      .registeredRoutes()
      .filter((route) => !route.hidden && route.method !== 'HEAD' && route.method !== 'OPTIONS')
      .map((route) => `${route.method} ${asOpenApiPath(route.url)}`),
  )
}

describe('the OpenAPI document and the routes', () => {
  it('documents every registered route', async () => {
    const documented = await documentedOperations()
    const undocumented = [...registeredOperations()].filter((operation) => !documented.has(operation))
    expect(undocumented).toEqual([])
  })

  it('documents no path that is not registered', async () => {
    const registered = registeredOperations()
    const phantoms = [...(await documentedOperations())].filter((operation) => !registered.has(operation))
    expect(phantoms).toEqual([])
  })

  it('still documents every operation of the hand-written document, with the same operation id', async () => {
    const document = (await server.app.inject({ url: '/api' })).json() as Document
    const before = readFileSync(new URL('./openapi-paths-before-issue-9.txt', import.meta.url), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string, string])
    expect(before.length).toBeGreaterThan(100)
    const missing = before.filter(
      ([method, path, operationId]) =>
        document.paths[path]?.[method.toLowerCase()]?.operationId !== operationId,
    )
    expect(missing).toEqual([])
  })

  it('gives every operation a summary and a unique operation id', async () => {
    const document = (await server.app.inject({ url: '/api' })).json() as Document
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item))
    expect(operations.filter((operation) => !operation.summary || !operation.operationId)).toEqual([])
    const ids = operations.map((operation) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
  })
  it('declares the Idempotency-Key header on every write that takes it, and on no other', async () => {
    const document = (await server.app.inject({ url: '/api' })).json() as {
      paths: Record<string, Record<string, { parameters?: { $ref?: string }[] }>>
      components: { parameters: Record<string, { in: string; name: string }> }
    }
    expect(document.components.parameters['Idempotency-Key']).toMatchObject({
      in: 'header',
      name: 'Idempotency-Key',
    })
    const keyed = new Set<string>()
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(item))
        if (operation.parameters?.some((p) => p.$ref === '#/components/parameters/Idempotency-Key'))
          keyed.add(`${method.toUpperCase()} ${path}`)
    // The routes the hook or the route itself keys (plugins/idempotency/keyed-routes.ts), by their effect:
    // a preview writes nothing, login and logout answer with a session cookie.
    for (const operation of [
      'POST /alerts',
      'PATCH /alerts/{id}',
      'POST /erbm/cites/{id}/avis',
      'POST /auth/tokens',
    ])
      expect(keyed, operation).toContain(operation)
    for (const operation of ['POST /alerts/preview', 'POST /auth/login', 'POST /auth/logout', 'GET /alerts'])
      expect(keyed, operation).not.toContain(operation)
    const writes = [...registeredOperations()].filter((operation) => !operation.startsWith('GET '))
    expect(writes.filter((operation) => !keyed.has(operation)).sort()).toEqual([
      'POST /alerts/preview',
      'POST /auth/login',
      'POST /auth/logout',
    ])
  })
})
