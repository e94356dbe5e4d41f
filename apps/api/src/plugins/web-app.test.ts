import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { httpCaching } from './http-caching.ts'
import { webApp } from './web-app.ts'

// Synthetic build output (test only): a hashed script with its precompressed copies, and an index.html.
const SCRIPT = `export const label = ${JSON.stringify('carte '.repeat(400))}\n`
const INDEX = `<!doctype html><script type="module" src="/app/assets/index-Abc123.js"></script>${' '.repeat(2000)}`

describe('web app files (issue 12: precompressed, hashed assets cached for a year)', () => {
  let app: FastifyInstance
  let dist: string
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'hw-web-app-test-'))
    await mkdir(path.join(dist, 'assets'))
    await writeFile(path.join(dist, 'index.html'), INDEX)
    await writeFile(path.join(dist, 'assets/index-Abc123.js'), SCRIPT)
    // Marked so that a test can tell the prepared file from one compressed on the fly.
    await writeFile(path.join(dist, 'assets/index-Abc123.js.br'), brotliCompressSync(`${SCRIPT}// br file\n`))
    await writeFile(path.join(dist, 'assets/index-Abc123.js.gz'), gzipSync(`${SCRIPT}// gz file\n`))
    app = Fastify()
    await app.register(httpCaching)
    await app.register(webApp, { distDir: dist })
    await app.ready()
  })
  afterAll(async () => {
    await app.close()
    await rm(dist, { recursive: true, force: true })
  })

  it('sends the .br file as it is to a browser that accepts brotli', async () => {
    const response = await app.inject({
      url: '/app/assets/index-Abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers['content-type']).toMatch(/javascript/)
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(`${SCRIPT}// br file\n`)
  })

  it('sends the .gz file to a client that accepts only gzip, and plain bytes to one that accepts none', async () => {
    const gzipped = await app.inject({
      url: '/app/assets/index-Abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(`${SCRIPT}// gz file\n`)
    const plain = await app.inject({ url: '/app/assets/index-Abc123.js', headers: { 'accept-encoding': '' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(SCRIPT)
  })

  it('lets browsers keep hashed assets for a year, whatever the encoding', async () => {
    for (const encoding of ['br', 'gzip', '']) {
      const response = await app.inject({
        url: '/app/assets/index-Abc123.js',
        headers: { 'accept-encoding': encoding },
      })
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
      expect(response.headers.vary).toMatch(/Accept-Encoding/i)
    }
  })

  it('makes browsers revalidate index.html, which names the current build', async () => {
    const response = await app.inject({ url: '/app/', headers: { 'accept-encoding': 'br' } })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-cache')
    const body =
      response.headers['content-encoding'] === 'br'
        ? brotliDecompressSync(response.rawPayload).toString()
        : response.body
    expect(body).toBe(INDEX)
  })
})
