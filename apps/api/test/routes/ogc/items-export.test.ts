import { CollectionSchema, FeatureCollectionSchema } from '@heritage-watch/shared'
import { parse } from 'csv-parse/sync'
import initSqlJs from 'sql.js'
import { describe, expect, it } from 'vitest'
import { EXPECTED_COUNTS } from '../../helpers/expected-counts.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()
const BOM = '\uFEFF'

const get = async (url: string) => {
  const response = await server.app.inject({ url })
  expect(response.statusCode, response.body.slice(0, 500)).toBe(200)
  return response
}

/** The rows of a CSV answer, header first. */
const csvRows = (text: string, delimiter: string): string[][] =>
  parse(text.replace(/^\uFEFF/, ''), { delimiter, relax_column_count: false }) as string[][]

/** The features' count of the GeoJSON items for the same query: what the export must hold. */
const geoJsonMatched = async (query: string) =>
  FeatureCollectionSchema.parse((await get(`${query}${query.includes('?') ? '&' : '?'}limit=1`)).json())
    .numberMatched

describe('GET /collections/{id}/items?f=csv', () => {
  it('writes the whole layer for a French office: BOM, semicolons, French headers and labels', async () => {
    const response = await get('/collections/bien-inscrit-elements/items?f=csv')
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers['content-disposition']).toBe('attachment; filename="bien-inscrit-elements.csv"')
    expect(response.body.startsWith(BOM)).toBe(true)
    const [header, ...rows] = csvRows(response.body, ';')
    expect(rows).toHaveLength(EXPECTED_COUNTS['bien-inscrit-elements'] ?? -1)
    expect(response.headers['ogc-numbermatched']).toBe(String(rows.length))
    expect(header?.[0]).toBe('Identifiant')
    expect(header).toContain('Catégorie')
    expect(header?.at(-1)).toBe('Géométrie (WKT)')
    const category = header?.indexOf('Catégorie') ?? -1
    expect(new Set(rows.map((row) => row[category]))).toEqual(
      new Set(['Bâti', 'Cité minière', 'Terril', 'Cavalier', 'Espace néonaturel']),
    )
    expect(rows.every((row) => /^(MULTI)?POLYGON\(/.test(row.at(-1) ?? ''))).toBe(true)
  })

  it('writes decimal commas and oui/non in French, points as WKT', async () => {
    const [header, ...rows] = csvRows((await get('/collections/puits-de-mines/items?f=csv')).body, ';')
    expect(rows).toHaveLength(EXPECTED_COUNTS['puits-de-mines'] ?? -1)
    const depth = header?.indexOf('Profondeur (m)') ?? -1
    expect(depth).toBeGreaterThan(0)
    expect(rows.some((row) => /^\d+,\d+$/.test(row[depth] ?? ''))).toBe(true)
    expect(rows.some((row) => /\d\.\d/.test(row[depth] ?? ''))).toBe(false)
    expect(rows.every((row) => /^POINT\([23]\.\d+ 50\.\d+\)$/.test(row.at(-1) ?? ''))).toBe(true)
  })

  it('gives the international form with csv=international: commas, no BOM, names and codes', async () => {
    const response = await get('/collections/bien-inscrit-elements/items?f=csv&csv=international')
    expect(response.body.startsWith(BOM)).toBe(false)
    const [header, ...rows] = csvRows(response.body, ',')
    expect(header?.[0]).toBe('id')
    expect(header).toContain('categorie')
    expect(header?.at(-1)).toBe('wkt')
    const category = header?.indexOf('categorie') ?? -1
    expect(rows.map((row) => row[category])).toContain('cite_miniere')
  })

  it('exports exactly what a bbox, a filter and properties select, as the GeoJSON counts them', async () => {
    const query =
      '/collections/puits-de-mines/items?bbox=2.9,50.3,3.3,50.5&compagnie=Compagnie des mines d%27Anzin'
    const matched = await geoJsonMatched(query)
    const all = await geoJsonMatched('/collections/puits-de-mines/items?bbox=2.9,50.3,3.3,50.5')
    const [, ...rows] = csvRows((await get(`${query}&f=csv`)).body, ';')
    expect(rows).toHaveLength(matched)
    expect(matched).toBeLessThanOrEqual(all)
    const [header] = csvRows(
      (await get('/collections/puits-de-mines/items?f=csv&properties=commune&limit=3')).body,
      ';',
    )
    expect(header).toEqual(['Identifiant', 'Commune', 'Géométrie (WKT)'])
  })

  it('keeps to limit and offset when they are given, in the order of sortby', async () => {
    const page = FeatureCollectionSchema.parse(
      (await get('/collections/terrils/items?sortby=-numero&limit=7&offset=5')).json(),
    )
    const [, ...rows] = csvRows(
      (await get('/collections/terrils/items?sortby=-numero&limit=7&offset=5&f=csv&csv=international')).body,
      ',',
    )
    expect(rows.map((row) => row[0])).toEqual(page.features.map((feature) => feature.id))
  })

  it('writes Lambert-93 coordinates with crs=EPSG:2154', async () => {
    const response = await get('/collections/grands-sites/items?f=csv&crs=EPSG:2154')
    expect(response.headers['content-crs']).toBe('<http://www.opengis.net/def/crs/EPSG/0/2154>')
    const [, ...rows] = csvRows(response.body, ';')
    const [x, y] = (rows[0]?.at(-1) ?? '')
      .replace(/^[A-Z]+\(+/, '')
      .replace(/\)+$/, '')
      .split(/[ ,]/)
      .map(Number)
    expect(x).toBeGreaterThan(600_000)
    expect(x).toBeLessThan(760_000)
    expect(y).toBeGreaterThan(6_980_000)
    expect(y).toBeLessThan(7_080_000)
  })

  it('refuses an unknown CSV style by name', async () => {
    const response = await server.app.inject({ url: '/collections/terrils/items?f=csv&csv=excel' })
    expect(response.statusCode).toBe(400)
    expect(response.json()['invalid-params']?.[0]?.name).toBe('csv')
  })
})

describe('GET /collections/{id}/items?f=gpkg', () => {
  const openGeoPackage = async (url: string) => {
    const response = await get(url)
    expect(response.headers['content-type']).toBe('application/geopackage+sqlite3')
    const SQL = await initSqlJs()
    return { response, db: new SQL.Database(response.rawPayload) }
  }

  it('writes a GeoPackage with its metadata tables and every feature of the layer', async () => {
    const { response, db } = await openGeoPackage('/collections/terrils/items?f=gpkg')
    expect(response.headers['content-disposition']).toBe('attachment; filename="terrils.gpkg"')
    expect(db.exec('PRAGMA application_id')[0]?.values[0]?.[0]).toBe(0x47504b47)
    expect(
      db.exec("SELECT table_name, srs_id FROM gpkg_contents WHERE data_type = 'features'")[0]?.values,
    ).toEqual([['terrils', 4326]])
    expect(db.exec('SELECT geometry_type_name FROM gpkg_geometry_columns')[0]?.values[0]?.[0]).toMatch(
      /POLYGON|GEOMETRY/,
    )
    expect(db.exec('SELECT count(*) FROM terrils')[0]?.values[0]?.[0]).toBe(EXPECTED_COUNTS.terrils)
    const blob = db.exec('SELECT geom FROM terrils LIMIT 1')[0]?.values[0]?.[0] as Uint8Array
    expect(Buffer.from(blob.subarray(0, 2)).toString('ascii')).toBe('GP')
    db.close()
  })

  it('declares Lambert-93 from the database when asked for it', async () => {
    const { db } = await openGeoPackage('/collections/puits-de-mines/items?f=gpkg&crs=EPSG:2154&limit=10')
    expect(db.exec('SELECT srs_id FROM gpkg_contents')[0]?.values[0]?.[0]).toBe(2154)
    const definition = db.exec('SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 2154')
    expect(String(definition[0]?.values[0]?.[0])).toContain('Lambert')
    expect(db.exec('SELECT count(*) FROM puits_de_mines')[0]?.values[0]?.[0]).toBe(10)
    db.close()
  })
})

describe('export links', () => {
  it('offers the whole layer in each format as enclosures of the collection', async () => {
    const collection = CollectionSchema.parse((await get('/collections/puits-de-mines')).json())
    const enclosures = collection.links.filter((link) => link.rel === 'enclosure')
    expect(enclosures.map((link) => link.type)).toEqual([
      'application/geo+json',
      'text/csv; charset=utf-8',
      'application/geopackage+sqlite3',
    ])
    for (const link of enclosures) {
      const response = await server.app.inject({
        url: new URL(link.href).pathname + new URL(link.href).search,
      })
      expect(response.statusCode, link.href).toBe(200)
    }
    const geojson = FeatureCollectionSchema.parse(
      (
        await get(new URL(enclosures[0]?.href ?? '').pathname + new URL(enclosures[0]?.href ?? '').search)
      ).json(),
    )
    expect(geojson.numberReturned).toBe(EXPECTED_COUNTS['puits-de-mines'])
  })

  it('gives each items page its CSV and GeoPackage alternates with the same query', async () => {
    const page = FeatureCollectionSchema.parse(
      (await get('/collections/terrils/items?limit=5&communes=Loos-en-Gohelle')).json(),
    )
    const csv = page.links.find((link) => link.type === 'text/csv; charset=utf-8')
    expect(csv?.rel).toBe('alternate')
    expect(csv?.href).toContain('f=csv')
    expect(csv?.href).toContain('communes=Loos-en-Gohelle')
  })
})
