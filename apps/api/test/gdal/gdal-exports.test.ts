import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { COLLECTIONS } from '@heritage-watch/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPECTED_COUNTS } from '../helpers/expected-counts.ts'
import { GDAL_SUITES_RUN, run } from '../helpers/gdal.ts'
import { useListeningTestApp } from '../helpers/test-app.ts'

// GDAL reads back every file export of every collection (issue 11 §3), with the database's counts and
// the CRS asked. Mandatory under CI, like gdal-client.test.ts.
/** Feature count and SRS of every layer ogrinfo finds in a file. */
async function layers(file: string, options: string[] = []) {
  const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', ...options, file], { maxBuffer: 1 << 24 })
  return [...stdout.matchAll(/Layer name: (\S+)[\s\S]*?Feature Count: (\d+)[\s\S]*?(?=Layer name:|$)/g)].map(
    (match) => ({ name: match[1], count: Number(match[2]), text: match[0] }),
  )
}

describe.runIf(GDAL_SUITES_RUN)('GDAL reads every export back', () => {
  const server = useListeningTestApp()
  let workDir: string

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'hw-gdal-exports-'))
  })
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true })
  })

  const download = async (query: string, name: string) => {
    const response = await fetch(`${server.url}${query}`)
    expect(response.status, query).toBe(200)
    const file = path.join(workDir, name)
    await writeFile(file, Buffer.from(await response.arrayBuffer()))
    return file
  }

  it('reads the GeoPackage of every collection with its count, in WGS 84', async () => {
    for (const collection of COLLECTIONS) {
      const file = await download(`/collections/${collection.id}/items?f=gpkg`, `${collection.id}.gpkg`)
      const found = await layers(file)
      expect(
        found.map((layer) => layer.name),
        collection.id,
      ).toEqual([collection.id.replace(/-/g, '_')])
      expect(found[0]?.count, collection.id).toBe(EXPECTED_COUNTS[collection.id])
      expect(found[0]?.text, collection.id).toMatch(/ID\["EPSG",4326\]|AUTHORITY\["EPSG","4326"\]/)
    }
  }, 240_000)

  it('reads the French and international CSV of every collection, WKT geometries included', async () => {
    for (const collection of COLLECTIONS) {
      const french = await download(`/collections/${collection.id}/items?f=csv`, `${collection.id}-fr.csv`)
      const [frenchLayer] = await layers(french, ['-oo', 'GEOM_POSSIBLE_NAMES=Géométrie (WKT)'])
      expect(frenchLayer?.count, collection.id).toBe(EXPECTED_COUNTS[collection.id])
      // CSV has no CRS: the geometry column is read and gives the layer its extent in degrees.
      expect(frenchLayer?.text, collection.id).toContain('Geometry Column = Géométrie (WKT)')
      expect(frenchLayer?.text, collection.id).toMatch(/Extent: \([1-4]\.\d+, (49|50)\.\d+\)/)
      const plain = await download(
        `/collections/${collection.id}/items?f=csv&csv=international`,
        `${collection.id}-international.csv`,
      )
      const [plainLayer] = await layers(plain, ['-oo', 'GEOM_POSSIBLE_NAMES=wkt'])
      expect(plainLayer?.count, collection.id).toBe(EXPECTED_COUNTS[collection.id])
    }
  }, 240_000)

  it('reads Lambert-93 exports in Lambert-93 and a filtered view with its own count', async () => {
    const gpkg = await download('/collections/terrils/items?f=gpkg&crs=EPSG:2154', 'terrils-l93.gpkg')
    const [layer] = await layers(gpkg)
    expect(layer?.text).toMatch(/Lambert-93|Lambert_Conformal_Conic/)
    expect(layer?.text).toMatch(/ID\["EPSG",2154\]|AUTHORITY\["EPSG","2154"\]/)
    const extent = /Extent: \(([\d.]+), ([\d.]+)\) - \(([\d.]+), ([\d.]+)\)/.exec(layer?.text ?? '')
    expect(Number(extent?.[1])).toBeGreaterThan(600_000)
    expect(Number(extent?.[2])).toBeGreaterThan(6_900_000)

    const view = '/collections/puits-de-mines/items?bbox=2.9,50.3,3.3,50.5'
    const matched = (
      (await (await fetch(`${server.url}${view}&limit=1`)).json()) as { numberMatched: number }
    ).numberMatched
    const csv = await download(`${view}&f=csv&crs=EPSG:2154`, 'puits-vue.csv')
    const [csvLayer] = await layers(csv, ['-oo', 'GEOM_POSSIBLE_NAMES=Géométrie (WKT)'])
    expect(csvLayer?.count).toBe(matched)
    expect(matched).toBeLessThan(EXPECTED_COUNTS['puits-de-mines'] ?? 0)
    const csvExtent = /Extent: \(([\d.]+), ([\d.]+)\)/.exec(csvLayer?.text ?? '')
    expect(Number(csvExtent?.[1])).toBeGreaterThan(600_000)
  }, 120_000)

  it('reads the GeoJSON enclosure of a layer whole', async () => {
    const file = await download('/collections/zone-tampon-cavaliers/items?f=json&limit=10000', 'cav.geojson')
    const [layer] = await layers(file)
    expect(layer?.count).toBe(EXPECTED_COUNTS['zone-tampon-cavaliers'])
  })
})
