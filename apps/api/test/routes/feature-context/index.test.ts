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

  it('gives terril 74A its 2016 status from the official perimeter, linked to the site, and its twin 74 nearby', async () => {
    const body = await context('terrils/items/74A')
    const classement = body.protections.filter((protection) => protection.regime === 'site_classe_2016')
    expect(classement).toHaveLength(1)
    expect(classement[0]?.status).toBe('classé')
    expect(classement[0]?.detail).toMatch(/^Dans le périmètre officiel du site classé, servitude AC2/)
    expect(classement[0]?.via).toMatchObject({
      collection: 'sites-classes-inscrits',
      label: expect.stringMatching(/chaîne des terrils/),
    })
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

  it('places the UNESCO element of terril 74A in the site classé through the perimeter itself', async () => {
    const body = await context('bien-inscrit-elements/items/63AG')
    expect(body.protections).toContainEqual(
      expect.objectContaining({
        regime: 'site_classe_2016',
        status: 'dans le site classé « La chaîne des terrils »',
        via: expect.objectContaining({ collection: 'sites-classes-inscrits' }),
      }),
    )
  })

  it('says how much of terril 79 lies in the perimeter, and that terril 80 lies outside', async () => {
    const partial = await context('terrils/items/79')
    const status = partial.protections.find((protection) => protection.regime === 'site_classe_2016')
    expect(status?.status).toBe('en partie (11,1 %)')
    const outside = await context('terrils/items/80')
    expect(outside.protections.find((protection) => protection.regime === 'site_classe_2016')).toMatchObject({
      status: 'hors site',
      detail: expect.stringMatching(/^Hors du périmètre officiel/),
    })
  })

  it('gives every protection line in English too (issue #11 §7), French names aside', async () => {
    // French words our lines use; names in quotes and French terms kept in brackets are left out.
    const FRENCH =
      /\b(dans|du|de|la|le|des|partie|intersecte|polygone|élément|composante|champ|créé|statut|inconnu|hors|porte|touche|cité|prioritaire)\b/i
    const english = (text: string | undefined) => (text ?? '').replace(/\([^)]*\)|“[^”]*”/g, '')
    let lines = 0
    for (const feature of [
      'terrils/items/74A',
      'terrils/items/79',
      'terrils/items/80',
      'terrils/items/171',
      'terrils/items/158',
      'bien-inscrit-elements/items/23',
      'bien-inscrit-elements/items/63AG',
      'sites-classes-inscrits/items/2691',
      'sites-classes-inscrits/items/3527',
      'sites-en-danger/items/2',
      'cites-erbm/items/565',
    ]) {
      for (const protection of (await context(feature)).protections) {
        lines += 1
        expect(protection.en, `${feature} ${protection.status}`).toBeDefined()
        expect(english(protection.en?.status), feature).not.toMatch(FRENCH)
        expect(english(protection.en?.detail), feature).not.toMatch(FRENCH)
        expect(Boolean(protection.en?.detail)).toBe(Boolean(protection.detail))
      }
    }
    expect(lines).toBeGreaterThan(15)
    const terril = await context('terrils/items/74A')
    expect(terril.protections.find((p) => p.regime === 'site_classe_2016')?.en).toEqual({
      status: 'listed',
      detail:
        'Inside the official perimeter of the listed site, AC2 servitude (DREAL Hauts-de-France): 100% of its area',
    })
    const partial = await context('terrils/items/79')
    expect(partial.protections.find((p) => p.regime === 'site_classe_2016')?.en?.status).toBe(
      'partly (11.1%)',
    )
  })

  it('names the other sites classés and inscrits a feature lies in or touches', async () => {
    // Terril 171 (Arenberg, outside the chain) touches the site classé of the Pavé d'Arenberg; terril 158
    // is both in the chain and in the site inscrit of the terril d'Haveluy.
    const arenberg = await context('terrils/items/171')
    expect(arenberg.protections).toContainEqual(
      expect.objectContaining({
        regime: 'site_classe_inscrit',
        status: "site classé « LE PAVE D'ARENBERG »",
        via: expect.objectContaining({ collection: 'sites-classes-inscrits', id: '2691' }),
      }),
    )
    const haveluy = await context('terrils/items/158')
    expect(haveluy.protections).toContainEqual(
      expect.objectContaining({ regime: 'site_classe_inscrit', status: "site inscrit « TERRIL D'HAVELUY »" }),
    )
    expect(haveluy.protections.find((p) => p.regime === 'site_classe_2016')?.status).toBe('classé')
    const site = await context('sites-classes-inscrits/items/2691')
    expect(site.protections).toContainEqual(
      expect.objectContaining({ regime: 'site_classe_inscrit', status: 'site classé' }),
    )
    const inside = related(site, 'dans_le_site').map((feature) => `${feature.collection}/${feature.id}`)
    expect(inside).toEqual(expect.arrayContaining(['bien-inscrit-elements/15B', 'puits-de-mines/P467']))
  })

  it('lists the features of our layers inside a polygon of the chain, and none for one outside our layers', async () => {
    const { rows } = await server.pool.query(
      "SELECT classement_2016_site AS site FROM terril WHERE id = '74A'",
    )
    const body = await context(`sites-classes-inscrits/items/${rows[0].site}`)
    const inside = related(body, 'dans_le_site').map((feature) => `${feature.collection}/${feature.id}`)
    expect(inside).toEqual(expect.arrayContaining(['terrils/74A', 'bien-inscrit-elements/63AG']))
    expect(body.protections).toContainEqual({
      regime: 'site_classe_2016',
      status: 'polygone du site classé « La chaîne des terrils »',
      detail: expect.stringContaining('74A'),
      en: {
        status: 'polygon of the listed site “La chaîne des terrils”',
        detail: expect.stringContaining('holds spoil tips'),
      },
    })
    const outside = await server.pool.query(
      'SELECT id FROM protected_site WHERE hors_couches_mission ORDER BY id LIMIT 1',
    )
    const empty = await context(`sites-classes-inscrits/items/${outside.rows[0].id}`)
    expect(related(empty, 'dans_le_site').filter((feature) => feature.collection === 'terrils')).toEqual([])
    expect(empty.protections.find((p) => p.regime === 'site_classe_2016')?.detail).toMatch(
      /terril classé hors des couches de la Mission/,
    )
  })

  it('lists what lies within 500 m in every layer: shafts, grands sites, buildings, buffer-zone features', async () => {
    const delloye = await context('bien-inscrit-elements/items/23')
    const near = (relation: string) => related(delloye, relation).map((f) => `${f.collection}/${f.id}`)
    expect(near('puits_proche')).toEqual(
      expect.arrayContaining(['puits-de-mines/P236', 'puits-de-mines/P237']),
    )
    expect(near('grand_site_proche')).toEqual(['grands-sites/23'])
    expect(related(delloye, 'grand_site_proche')[0]?.distanceM).toBe(0)
    const loos = await context('terrils/items/74A')
    const elements = related(loos, 'element_proche')
    expect(elements.length).toBeGreaterThan(0)
    expect(elements.every((f) => f.collection.startsWith('bien-inscrit-') && (f.distanceM ?? 0) <= 500)).toBe(
      true,
    )
    for (const relation of ['puits_proche', 'element_proche', 'zone_tampon_proche', 'cite_proche'])
      expect(related(loos, relation).length, relation).toBeLessThanOrEqual(20)
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
