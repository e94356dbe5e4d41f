import { booleanClockwise } from '@turf/turf'
import { FeatureCollectionSchema, FeatureSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()

const items = async (url: string) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, response.body).toBe(200)
  return { response, body: FeatureCollectionSchema.parse(response.json()) }
}

const problem = async (url: string, status = 400) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, response.body).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  return response.json() as { detail: string; 'invalid-params'?: { name: string; reason: string }[] }
}

describe('GET /collections/{collectionId}/items', () => {
  it('pages with the default limit, counts and typed links', async () => {
    const { response, body } = await items('/collections/puits-de-mines/items')
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/)
    expect(response.headers['content-crs']).toBe('<http://www.opengis.net/def/crs/OGC/1.3/CRS84>')
    expect(body.numberReturned).toBe(100)
    expect(body.numberMatched).toBe(636)
    const rels = body.links.map((link) => link.rel)
    expect(rels).toEqual(expect.arrayContaining(['self', 'alternate', 'next', 'collection']))
    expect(rels).not.toContain('prev')
    expect(body.links.find((link) => link.rel === 'next')?.href).toContain('offset=100')
  })

  it('walks every page of the largest layer in a stable order, each feature once', async () => {
    const ids: string[] = []
    let url: string | undefined = '/collections/zone-tampon-cavaliers/items?limit=400'
    while (url) {
      const { body } = await items(url)
      ids.push(...body.features.map((feature) => feature.id))
      const next = body.links.find((link) => link.rel === 'next')?.href
      url = next ? next.replace('http://localhost:80', '') : undefined
    }
    expect(ids).toHaveLength(1317)
    expect(new Set(ids).size).toBe(1317)
    expect(ids).toContain('sans-identifiant-1317')
  })

  it('counts every match on a full page, a last page and a page past the last match alike', async () => {
    // The count rides in a full page's statement; a short page counts itself; an empty page past the
    // end has no row to carry it and asks alone (features.sql.ts, features-repo.ts).
    const full = await items('/collections/puits-de-mines/items?limit=7&offset=14')
    const last = await items('/collections/puits-de-mines/items?limit=100&offset=600')
    const beyond = await items('/collections/puits-de-mines/items?limit=100&offset=5000')
    expect([full.body.numberReturned, last.body.numberReturned, beyond.body.numberReturned]).toEqual([
      7, 36, 0,
    ])
    expect([full.body.numberMatched, last.body.numberMatched, beyond.body.numberMatched]).toEqual([
      636, 636, 636,
    ])
  })

  it('offers a previous page after the first', async () => {
    const { body } = await items('/collections/communes/items?limit=10&offset=20')
    expect(body.links.find((link) => link.rel === 'prev')?.href).toContain('offset=10')
  })

  it('serves valid RFC 7946 GeoJSON in CRS84: lon/lat ranges, closed rings, counter-clockwise exteriors', async () => {
    const { body } = await items('/collections/bien-inscrit-composantes/items?limit=200')
    expect(body.features).toHaveLength(109)
    for (const feature of body.features) {
      expect(feature.geometry?.type).toBe('MultiPolygon')
      if (feature.geometry?.type !== 'MultiPolygon') continue
      for (const polygon of feature.geometry.coordinates) {
        const exterior = polygon[0] ?? []
        expect(exterior[0]).toEqual(exterior[exterior.length - 1])
        expect(booleanClockwise(exterior as [number, number][]), feature.id).toBe(false)
        for (const [lon, lat] of exterior as [number, number][]) {
          expect(lon).toBeGreaterThan(2)
          expect(lon).toBeLessThan(4)
          expect(lat).toBeGreaterThan(50)
          expect(lat).toBeLessThan(51)
        }
      }
    }
  })

  it('filters by bbox in CRS84, in EPSG:4326 (lat/lon) and in Lambert-93 alike', async () => {
    // Around the Fosse Delloye at Lewarde.
    const crs84 = await items('/collections/bien-inscrit-elements/items?bbox=3.16,50.325,3.18,50.335')
    expect(crs84.body.features.map((feature) => feature.id)).toContain('23')
    const latLon = await items(
      '/collections/bien-inscrit-elements/items?bbox=50.325,3.16,50.335,3.18&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326',
    )
    expect(latLon.body.features.map((feature) => feature.id).sort()).toEqual(
      crs84.body.features.map((feature) => feature.id).sort(),
    )
    const lambert = await items(
      '/collections/bien-inscrit-elements/items?bbox=711900,7025600,712600,7026300&bbox-crs=EPSG:2154',
    )
    expect(lambert.body.features.map((feature) => feature.id)).toContain('23')
    const sea = await items('/collections/bien-inscrit-elements/items?bbox=1.0,50.9,1.2,51.0')
    expect(sea.body.numberMatched).toBe(0)
  })

  it('answers in EPSG:4326 with latitude first and in Lambert-93 within a centimetre of ST_Transform', async () => {
    const crs84 = await server.app.inject({ url: '/collections/puits-de-mines/items/P001' })
    const [lon, lat] = crs84.json().geometry.coordinates
    const latLon = await server.app.inject({
      url: '/collections/puits-de-mines/items/P001?crs=http://www.opengis.net/def/crs/EPSG/0/4326',
    })
    expect(latLon.headers['content-crs']).toBe('<http://www.opengis.net/def/crs/EPSG/0/4326>')
    expect(latLon.json().geometry.coordinates).toEqual([lat, lon])
    const lambert = await server.app.inject({ url: '/collections/puits-de-mines/items/P001?crs=EPSG:2154' })
    const [x, y] = lambert.json().geometry.coordinates
    const expected = await server.pool.query(
      "SELECT ST_X(g) AS x, ST_Y(g) AS y FROM (SELECT ST_Transform(geom, 2154) AS g FROM mine_shaft WHERE id = 'P001') t",
    )
    expect(Math.abs(x - expected.rows[0].x)).toBeLessThan(0.01)
    expect(Math.abs(y - expected.rows[0].y)).toBeLessThan(0.01)
    // Lambert-93 coordinates of the Nord-Pas-de-Calais.
    expect(x).toBeGreaterThan(600_000)
    expect(y).toBeGreaterThan(7_000_000)
  })

  it('filters on declared properties, case-insensitively, inside arrays too', async () => {
    const terril = await items('/collections/terrils/items?numero=74a')
    expect(terril.body.features.map((feature) => feature.id)).toEqual(['74A'])
    const lewarde = await items('/collections/bien-inscrit-elements/items?communes=LEWARDE')
    expect(lewarde.body.features.map((feature) => feature.id)).toEqual(['23'])
    const classe = await items('/collections/terrils/items?classement_2016=classé&limit=500')
    expect(classe.body.numberMatched).toBe(58)
    const chain = await items('/collections/sites-classes-inscrits/items?chaine_des_terrils=true&limit=100')
    expect(chain.body.numberMatched).toBe(58)
    const registered = await items('/collections/sites-classes-inscrits/items?typesite=Site%20inscrit')
    expect(registered.body.numberMatched).toBe(7)
    const decree = await items('/collections/sites-classes-inscrits/items?datecrea=2016-12-28&limit=100')
    expect(decree.body.numberMatched).toBe(58)
    const classeMh = await items('/collections/bien-inscrit-batis/items?classe_mh=true&limit=500')
    expect(classeMh.body.features.every((feature) => feature.properties.classe_mh === true)).toBe(true)
    expect(classeMh.body.numberMatched).toBeGreaterThan(0)
  })

  it('returns only the asked properties', async () => {
    const { body } = await items('/collections/terrils/items?numero=74A&properties=nom,classement_2016')
    expect(Object.keys(body.features[0]?.properties ?? {})).toEqual(['nom', 'classement_2016'])
  })

  it('sorts on a property, ascending or descending', async () => {
    const { body } = await items('/collections/puits-de-mines/items?sortby=-profondeur_m&limit=3')
    const depths = body.features.map((feature) => feature.properties.profondeur_m as number)
    expect(depths).toEqual([...depths].sort((a, b) => b - a))
    const ascending = await items('/collections/bien-inscrit-composantes/items?sortby=surface_ha&limit=1')
    const descending = await items('/collections/bien-inscrit-composantes/items?sortby=-surface_ha&limit=1')
    expect(ascending.body.features[0]?.properties.surface_ha).toBeLessThan(
      descending.body.features[0]?.properties.surface_ha as number,
    )
  })

  it('filters the shafts by their working life with datetime', async () => {
    const in1850 = await items('/collections/puits-de-mines/items?datetime=1850-06-01&limit=1000')
    for (const feature of in1850.body.features) {
      const sunk = feature.properties.annee_creusement as number | null
      const closed = feature.properties.annee_fermeture as number | null
      expect(sunk === null || sunk <= 1850).toBe(true)
      expect(closed === null || closed >= 1850).toBe(true)
    }
    const after1990 = await items(
      '/collections/puits-de-mines/items?datetime=1990-01-01T00:00:00Z/..&limit=1000',
    )
    expect(after1990.body.numberMatched).toBeLessThan(
      in1850.body.numberMatched + after1990.body.numberMatched,
    )
    expect(
      after1990.body.features.every(
        (feature) => ((feature.properties.annee_fermeture ?? 9999) as number) >= 1990,
      ),
    ).toBe(true)
  })

  it('negotiates HTML by Accept and by f=html', async () => {
    const byAccept = await server.app.inject({
      url: '/collections/terrils/items?limit=5',
      headers: { accept: 'text/html' },
    })
    expect(byAccept.headers['content-type']).toMatch(/^text\/html/)
    expect(byAccept.body).toContain('5 entités sur 162')
    const byParameter = await server.app.inject({ url: '/collections/terrils/items/74A?f=html' })
    expect(byParameter.body).toContain('Site classé 2016')
  })

  it('supports ETag and If-None-Match, compression and open CORS', async () => {
    const first = await server.app.inject({
      url: '/collections/communes/items?limit=50',
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(first.headers['content-encoding']).toBe('gzip')
    const etag = first.headers.etag as string
    expect(etag).toBeTruthy()
    const second = await server.app.inject({
      url: '/collections/communes/items?limit=50',
      headers: { 'if-none-match': etag },
    })
    expect(second.statusCode).toBe(304)
    const cors = await server.app.inject({ url: '/collections', headers: { origin: 'https://qgis.example' } })
    expect(cors.headers['access-control-allow-origin']).toBe('*')
  })
})

describe('bad requests on items', () => {
  it.each([
    ['bbox=3.2,50.4,3.1,50.3', 'bbox', /lower corner/],
    ['bbox=3,50,4', 'bbox', /4 \(or 6\) comma-separated numbers/],
    ['bbox=3,50,4,abc', 'bbox', /numbers/],
    ['bbox=-200,50,4,51', 'bbox', /-180\.\.180/],
    ['bbox=3,50,4,51&bbox-crs=EPSG:2154', 'bbox', /Lambert-93 coordinates/],
    ['limit=0', 'limit', /from 1 to 10000/],
    ['limit=10001', 'limit', /from 1 to 10000/],
    ['limit=ten', 'limit', /whole number/],
    ['offset=-1', 'offset', /whole number/],
    ['crs=EPSG:3857', 'crs', /must be one of/],
    ['bbox=1,2,3,4&bbox-crs=EPSG:27572', 'bbox-crs', /must be one of/],
    ['colour=red', 'colour', /unknown parameter/],
    ['classement_2016=certain', 'classement_2016', /must be one of classé, en partie, hors site/],
    ['properties=nom,hauteur', 'properties', /"hauteur" is not a property/],
    ['sortby=communes', 'sortby', /cannot sort on "communes"/],
    ['datetime=2020-01-01', 'datetime', /has no dates/],
    ['limit=5&limit=6', 'limit', /given once/],
  ])('%s → 400 naming %s', async (query, name, reason) => {
    const body = await problem(`/collections/terrils/items?${query}`)
    const invalid = body['invalid-params']?.find((param) => param.name === name)
    expect(invalid?.reason).toMatch(reason)
  })

  it('refuses a malformed datetime on a dated collection', async () => {
    const body = await problem('/collections/puits-de-mines/items?datetime=last-year')
    expect(body['invalid-params']?.[0]?.name).toBe('datetime')
  })

  it('answers 404 for an unknown collection', async () => {
    await problem('/collections/nope/items', 404)
  })
})

describe('GET /collections/{collectionId}/items/{featureId}', () => {
  it('returns one feature with its source and links', async () => {
    const response = await server.app.inject({ url: '/collections/bien-inscrit-elements/items/37B' })
    const feature = FeatureSchema.parse(response.json())
    expect(feature.id).toBe('37B')
    expect(feature.properties.source).toBe('batis')
    expect(feature.links?.map((link) => link.rel)).toEqual(['self', 'alternate', 'collection'])
  })

  it('answers 404 for an id that names no feature, whatever its shape (OGC API - Features §7.5.1)', async () => {
    const malformed = await problem('/collections/terrils/items/not%20a%20terril', 404)
    expect(malformed.detail).toMatch(/feature "not a terril" does not exist/)
    const missing = await problem('/collections/terrils/items/999', 404)
    expect(missing.detail).toMatch(/feature "999" does not exist/)
    await problem('/collections/bien-inscrit-terrils/items/23', 404)
  })

  it('refuses parameters that a single feature does not take', async () => {
    const body = await problem('/collections/terrils/items/74A?limit=1')
    expect(body['invalid-params']?.[0]?.name).toBe('limit')
  })
})
