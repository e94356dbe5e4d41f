import {
  type FeatureContext,
  FeatureContextSchema,
  type Geometry,
  NEARBY_RADIUS_M,
} from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { createFeatureContextRepo } from '../../../src/db/feature-context-repo.ts'
import { protectionsOf, relatedOf } from '../../../src/services/feature-context.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()

const context = async (path: string) => {
  const response = await server.app.inject({ url: `/collections/${path}/context` })
  expect(response.statusCode, response.body).toBe(200)
  expect(response.headers['content-type']).toMatch(/^application\/json/)
  return FeatureContextSchema.parse(response.json())
}

const problem = async (url: string, status: number) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  return response.json() as { 'invalid-params'?: { name: string; reason: string }[] }
}

const regimes = (body: FeatureContext) => body.protections.map((protection) => protection.regime)
const related = (body: FeatureContext, relation: string) =>
  body.related.filter((feature) => feature.relation === relation)

describe('GET /collections/{collectionId}/items/{featureId}/context', () => {
  it('places the Fosse Delloye (element 23) in the property, component 23 and Lewarde', async () => {
    const body = await context('bien-inscrit-elements/items/23')
    expect(body).toMatchObject({ collection: 'bien-inscrit-elements', id: '23' })
    expect(body.protections).toContainEqual(
      expect.objectContaining({
        regime: 'bien_inscrit',
        status: 'élément du bien',
        via: expect.objectContaining({ collection: 'bien-inscrit-composantes', id: '23' }),
      }),
    )
    expect(body.protections).toContainEqual(
      expect.objectContaining({ regime: 'monument_historique', status: 'Classé MH' }),
    )
    // Inside the property, the buffer zone is not mentioned; a 0.4 % sliver overlaps it in the data.
    expect(regimes(body)).not.toContain('zone_tampon')
    expect(related(body, 'composante')).toEqual([
      expect.objectContaining({ collection: 'bien-inscrit-composantes', id: '23', distanceM: null }),
    ])
    expect(related(body, 'commune')).toEqual([
      { relation: 'commune', collection: 'communes', id: '59345', label: 'Lewarde', distanceM: null },
    ])
  })

  it('gives terril 74A its 2016 status as probable, never confirmed, and its twin 74 nearby', async () => {
    const body = await context('terrils/items/74A')
    const classement = body.protections.filter((protection) => protection.regime === 'site_classe_2016')
    expect(classement).toHaveLength(1)
    expect(classement[0]?.status).toContain('probable')
    expect(classement[0]?.status).toContain('non confirmé')
    expect(classement[0]?.detail).toMatch(/décret/)
    expect(body.protections).toContainEqual(
      expect.objectContaining({ regime: 'bien_inscrit', via: expect.objectContaining({ id: '63AG' }) }),
    )
    const terrils = related(body, 'terril_proche')
    const twin = terrils.find((terril) => terril.id === '74')
    expect(twin?.distanceM).toBeLessThan(NEARBY_RADIUS_M)
    expect(twin?.label).toBe('11/19 de Lens Est')
    expect(terrils.map((terril) => terril.id)).not.toContain('74A')
    const distances = terrils.map((terril) => terril.distanceM ?? Infinity)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    expect(distances.every((distance) => distance <= NEARBY_RADIUS_M)).toBe(true)
    expect(related(body, 'commune').map((commune) => commune.label)).toEqual(['Loos-en-Gohelle'])
  })

  it('passes the 2016 status of an overlapped terril on to its UNESCO element, still unconfirmed', async () => {
    const body = await context('bien-inscrit-elements/items/63AG')
    expect(body.protections).toContainEqual(
      expect.objectContaining({
        regime: 'site_classe_2016',
        status: 'probable (non confirmé)',
        via: expect.objectContaining({ collection: 'terrils', id: '74A' }),
      }),
    )
  })

  it('reads a protection field of "non" as no monument historique', async () => {
    const body = await context('bien-inscrit-elements/items/37B')
    expect(regimes(body)).not.toContain('monument_historique')
    expect(regimes(body)).toContain('bien_inscrit')
  })

  it('puts buffer-zone terril 190 in the buffer zone and not in the property', async () => {
    const body = await context('zone-tampon-terrils/items/190')
    expect(regimes(body)).toContain('zone_tampon')
    expect(regimes(body)).not.toContain('bien_inscrit')
    expect(body.protections.find((protection) => protection.regime === 'zone_tampon')?.status).toBe(
      'dans la zone tampon',
    )
  })

  it('lists the 41 elements of component 63 in UNESCO order', async () => {
    const body = await context('bien-inscrit-composantes/items/63')
    const elements = related(body, 'element')
    expect(elements).toHaveLength(41)
    expect(elements.every((element) => element.collection === 'bien-inscrit-elements')).toBe(true)
    expect(elements.map((element) => element.id)).toEqual(expect.arrayContaining(['63AE', '63AG']))
    expect(elements.map((element) => element.id).indexOf('63B')).toBeLessThan(
      elements.map((element) => element.id).indexOf('63AA'),
    )
    expect(body.protections[0]).toMatchObject({ regime: 'bien_inscrit', status: 'composante du bien' })
  })

  it('reads the ERBM priority of the Cité de la Justice (565, Auby) as unknown', async () => {
    const body = await context('cites-erbm/items/565')
    const erbm = body.protections.filter((protection) => protection.regime === 'erbm')
    expect(erbm).toEqual([expect.objectContaining({ status: expect.stringContaining('priorité inconnue') })])
    expect(erbm[0]?.via).toBeUndefined()
    expect(body.protections).toContainEqual(
      expect.objectContaining({ regime: 'bien_inscrit', status: 'dans le bien' }),
    )
    expect(related(body, 'commune').map((commune) => commune.label)).toEqual(['Auby'])
    expect(related(body, 'cite_proche').length).toBeLessThanOrEqual(20)
  })

  it('answers 404 for an unknown collection or feature, whatever the id’s shape, and 400 for a parameter', async () => {
    await problem('/collections/nope/items/1/context', 404)
    await problem('/collections/bien-inscrit-elements/items/999Z/context', 404)
    await problem('/collections/bien-inscrit-elements/items/abc/context', 404)
    const parameter = await problem('/collections/terrils/items/74A/context?limit=5', 400)
    expect(parameter['invalid-params']?.map((param) => param.name)).toEqual(['limit'])
  })
})

describe('feature context of a drawn geometry (reused by the alerts)', () => {
  it('puts a point of the Fosse Delloye in the property, via component 23, in Lewarde', async () => {
    const point = await server.pool.query<{ geometry: string }>(
      "SELECT ST_AsGeoJSON(ST_PointOnSurface(geom)) AS geometry FROM property_element WHERE id = '23'",
    )
    const geometry = JSON.parse(point.rows[0]?.geometry ?? 'null') as Geometry
    const { overlaps, nearby } = await createFeatureContextRepo(server.pool).spatialContext({
      geojson: geometry,
    })
    expect(protectionsOf(undefined, overlaps)).toContainEqual(
      expect.objectContaining({
        regime: 'bien_inscrit',
        status: 'dans le bien',
        via: expect.objectContaining({ id: '23' }),
      }),
    )
    expect(relatedOf(nearby, overlaps).filter((feature) => feature.relation === 'commune')).toEqual([
      expect.objectContaining({ id: '59345' }),
    ])
  })
})
