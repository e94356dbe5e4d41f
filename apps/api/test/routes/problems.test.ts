import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../helpers/test-app.ts'

// Issue 9: every error is problem+json (RFC 9457), those Fastify and Node raise before any route runs
// included, with the CORS header of any answer; and a query value a column cannot hold is a 400, not
// a database error.

const server = useTestApp()

type Answer = { statusCode: number; headers: Record<string, unknown>; body: string }

function expectProblem(response: Answer, status: number) {
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  expect(response.headers['access-control-allow-origin']).toBe('*')
  const problem = JSON.parse(response.body) as {
    status: number
    title: string
    'invalid-params'?: { name: string; reason: string }[]
  }
  expect(problem).toMatchObject({ status, title: expect.any(String) })
  return problem
}

const origin = { origin: 'https://qgis.example' }

describe('integer filters beyond their column', () => {
  it.each([
    ['puits-de-mines', 'annee_creusement', '2147483648'],
    ['puits-de-mines', 'annee_fermeture', '-2147483649'],
    ['bien-inscrit-composantes', 'numero_section', '99999999999999999999'],
  ])('%s?%s=%s → 400 naming it', async (collection, name, value) => {
    const response = await server.app.inject({
      url: `/collections/${collection}/items?${name}=${value}`,
      headers: origin,
    })
    const problem = expectProblem(response, 400)
    expect(problem['invalid-params']).toEqual([
      { name, reason: `must be a whole number from -2147483648 to 2147483647, got "${value}"` },
    ])
  })

  it('still filters on the largest value a column holds', async () => {
    const response = await server.app.inject({
      url: '/collections/puits-de-mines/items?annee_creusement=2147483647',
    })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.json().numberMatched).toBe(0)
  })
})

describe('errors raised before any route runs', () => {
  it('answers a URL that is not valid percent-encoding with a 400 problem', async () => {
    expectProblem(await server.app.inject({ url: '/collections/%C0%AF', headers: origin }), 400)
  })

  it('answers a path segment over 100 characters with a 414 problem', async () => {
    const url = `/collections/${'a'.repeat(101)}/items/1/context`
    expectProblem(await server.app.inject({ url, headers: origin }), 414)
  })

  it('answers malformed JSON with a 400 problem and an unsupported media type with a 415 problem', async () => {
    const post = (contentType: string, payload: string) =>
      server.app.inject({
        method: 'POST',
        url: '/auth/login',
        headers: { ...origin, 'content-type': contentType },
        payload,
      })
    expectProblem(await post('application/json', '{"email":'), 400)
    expectProblem(await post('text/xml', '<login/>'), 415)
  })

  it('answers headers too large with a 431 problem, from the HTTP parser itself', async () => {
    await server.app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = server.app.server.address() as AddressInfo
    const response = await new Promise<Answer>((resolve, reject) => {
      const request = httpRequest(
        { host: '127.0.0.1', port, path: '/', headers: { 'x-padding': 'x'.repeat(20_000) } },
        (answer) => {
          let body = ''
          answer.on('data', (chunk: Buffer) => (body += chunk.toString()))
          answer.on('end', () =>
            resolve({ statusCode: answer.statusCode ?? 0, headers: answer.headers, body }),
          )
        },
      )
      request.on('error', reject)
      request.end()
    })
    expectProblem(response, 431)
  })
})
