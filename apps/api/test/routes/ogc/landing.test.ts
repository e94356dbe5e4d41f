import SwaggerParser from '@apidevtools/swagger-parser'
import {
  CONFORMANCE_CLASSES,
  ITEMS_LIMIT_DEFAULT,
  ITEMS_LIMIT_MAX,
  LandingPageSchema,
} from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()

describe('GET /', () => {
  it('links to the API definition, its documentation, the conformance and the data', async () => {
    const response = await server.app.inject({ url: '/' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const page = LandingPageSchema.parse(response.json())
    const rels = page.links.map((link) => link.rel)
    for (const rel of [
      'self',
      'alternate',
      'service-desc',
      'service-doc',
      'conformance',
      'data',
      'license',
    ]) {
      expect(rels).toContain(rel)
    }
    expect(page.links.find((link) => link.rel === 'service-desc')?.href).toBe('http://localhost:80/api')
  })

  it('answers a browser with a readable HTML page', async () => {
    const response = await server.app.inject({
      url: '/',
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
    })
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(response.body).toContain('<h1>Heritage-watch')
    expect(response.body).toContain('Licence Ouverte')
  })

  it('refuses an unknown format', async () => {
    const response = await server.app.inject({ url: '/?f=xml' })
    expect(response.statusCode).toBe(400)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()['invalid-params']).toEqual([
      { name: 'f', reason: 'must be one of json, geojson, html' },
    ])
  })
})

describe('GET /conformance', () => {
  it('declares core, GeoJSON, HTML, OpenAPI 3.0 and CRS', async () => {
    const response = await server.app.inject({ url: '/conformance' })
    expect(response.json().conformsTo).toEqual([...CONFORMANCE_CLASSES])
    expect(response.json().conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs')
  })
})

describe('GET /api', () => {
  it('is a valid OpenAPI 3.0 document that declares the paging limits and each collection filter', async () => {
    const response = await server.app.inject({ url: '/api' })
    expect(response.headers['content-type']).toMatch(/^application\/vnd\.oai\.openapi\+json/)
    const document = response.json()
    await SwaggerParser.validate(structuredClone(document))
    expect(document.openapi).toMatch(/^3\.0\./)
    expect(document.components.parameters.limit.schema).toMatchObject({
      minimum: 1,
      maximum: ITEMS_LIMIT_MAX,
      default: ITEMS_LIMIT_DEFAULT,
    })
    const terrilParameters = document.paths['/collections/terrils/items'].get.parameters.map(
      (parameter: { name?: string; $ref?: string }) => parameter.name ?? parameter.$ref,
    )
    expect(terrilParameters).toEqual(
      expect.arrayContaining(['classement_2016', 'communes', 'numero', '#/components/parameters/limit']),
    )
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/search',
        '/tiles/{collectionId}/{z}/{x}/{y}',
        '/collections/{collectionId}/items/{featureId}/context',
      ]),
    )
    expect(document.paths['/collections/puits-de-mines/items'].get.parameters).toContainEqual({
      $ref: '#/components/parameters/datetime',
    })
  })

  it('declares the accounts, admin and alerts paths with their security and problems', async () => {
    const document = (await server.app.inject({ url: '/api' })).json()
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual([
      'bearerToken',
      'csrfHeader',
      'feedToken',
      'sessionCookie',
    ])
    for (const path of [
      '/auth/login',
      '/auth/tokens',
      '/admin/users/{id}',
      '/alerts',
      '/alerts/{id}/status',
      '/alerts/feed.atom',
      '/alerts/stream',
      '/collections/alertes/items',
    ]) {
      expect(Object.keys(document.paths), path).toContain(path)
    }
    const create = document.paths['/alerts'].post
    expect(create.security).toEqual([{ sessionCookie: [], csrfHeader: [] }, { bearerToken: [] }])
    // Derived from the zod contract: the categories and the required fields come from the shared schema.
    const body = create.requestBody.content['application/json'].schema
    expect(body.required).toEqual(expect.arrayContaining(['category', 'severity', 'title', 'observedOn']))
    expect(body.properties.category.enum).toContain('vandalisme')
    expect(document.paths['/alerts/{id}/status'].post.responses['409'].content).toHaveProperty(
      'application/problem+json',
    )
  })

  it('has a human-readable page', async () => {
    const response = await server.app.inject({ url: '/api.html' })
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    expect(response.body).toContain('/collections/terrils/items')
    expect(response.body).toContain('POST /alerts/{id}/status')
  })
})

describe('unknown routes', () => {
  it('answer 404 as problem+json', async () => {
    const response = await server.app.inject({ url: '/nowhere' })
    expect(response.statusCode).toBe(404)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()).toMatchObject({ status: 404, instance: '/nowhere' })
  })
})
