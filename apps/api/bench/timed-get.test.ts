import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timedGet } from './timed-get.ts'

// A local server standing for the API: text with a two-byte character, an error, a compressed answer.
let base = ''
let connections = 0
const server = http.createServer((request, response) => {
  if (request.url === '/page') return response.end('{"nom":"Entité"}')
  if (request.url === '/gzip') {
    response.setHeader('content-encoding', 'gzip')
    return response.end('not really gzip')
  }
  response.statusCode = 500
  response.end('{}')
})
server.on('connection', () => (connections += 1))

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('timedGet', () => {
  it('returns the length of the decoded text, on one kept-alive connection', async () => {
    const before = connections
    for (let index = 0; index < 3; index += 1) expect(await timedGet(`${base}/page`)).toBe(16)
    expect(connections - before).toBe(1)
  })

  it('refuses an error and a compressed answer', async () => {
    await expect(timedGet(`${base}/missing`)).rejects.toThrow(/answered 500/)
    await expect(timedGet(`${base}/gzip`)).rejects.toThrow(/answered in gzip/)
  })
})
