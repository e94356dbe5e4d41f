import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { COLLECTIONS } from '@heritage-watch/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXPECTED_COUNTS } from '../helpers/expected-counts.ts'
import { GDAL_SUITES_RUN, run } from '../helpers/gdal.ts'
import { useListeningTestApp } from '../helpers/test-app.ts'

// GDAL is a real OGC API client: under CI (where .ci/run installs gdal-bin) this suite must run.
describe.runIf(GDAL_SUITES_RUN)('GDAL reads the OGC API', () => {
  const server = useListeningTestApp()
  let workDir: string

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'hw-gdal-'))
  })
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true })
  })

  it('ogrinfo lists every collection', async () => {
    const { stdout } = await run('ogrinfo', ['-ro', '-q', `OAPIF:${server.url}/`])
    for (const collection of COLLECTIONS)
      expect(stdout).toContain(`: ${collection.id} (title: ${collection.title.fr})`)
  })

  it('ogr2ogr copies every collection into a GeoPackage with the counts of the database', async () => {
    const geopackage = path.join(workDir, 'heritage-watch.gpkg')
    await run('ogr2ogr', ['-f', 'GPKG', geopackage, `OAPIF:${server.url}/`, '-oo', 'PAGE_SIZE=1000'], {
      timeout: 240_000,
    })
    const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', geopackage])
    const counts = Object.fromEntries(
      [...stdout.matchAll(/Layer name: (\S+)[\s\S]*?Feature Count: (\d+)/g)].map((match) => [
        match[1],
        Number(match[2]),
      ]),
    )
    expect(counts).toEqual(EXPECTED_COUNTS)
  }, 300_000)

  it('reprojects to Lambert-93 as the API does, within a centimetre', async () => {
    const response = await fetch(`${server.url}/collections/grands-sites/items/23?crs=EPSG:2154`)
    const [x, y] = (await response.json()).geometry.coordinates as [number, number]
    const { stdout } = await run('ogr2ogr', [
      '-f',
      'GeoJSON',
      '/vsistdout/',
      `OAPIF:${server.url}/`,
      'grands-sites',
      '-where',
      "element_unesco = '23'",
      '-t_srs',
      'EPSG:2154',
      '-lco',
      'COORDINATE_PRECISION=4',
    ])
    const [gdalX, gdalY] = JSON.parse(stdout).features[0].geometry.coordinates as [number, number]
    expect(Math.abs(x - gdalX)).toBeLessThan(0.01)
    expect(Math.abs(y - gdalY)).toBeLessThan(0.01)
  })
})
