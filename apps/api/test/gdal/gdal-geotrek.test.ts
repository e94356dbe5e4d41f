import { describe, expect, it } from 'vitest'
import { GDAL_SUITES_RUN, run } from '../helpers/gdal.ts'
import { useListeningTestApp } from '../helpers/test-app.ts'

// Geotrek-admin's loadpoi reads its file with GDAL: what GDAL reads here is what loadpoi gets.
describe.runIf(GDAL_SUITES_RUN)('GDAL reads the Geotrek POI export', () => {
  const server = useListeningTestApp()

  it('as points in EPSG:4326 with name, type and description, every one of them', async () => {
    const source = `${server.url}/exports/geotrek/pois.geojson`
    const served = (await (await fetch(source)).json()) as { features: unknown[] }
    // GDAL 3.6 (Debian 12) has no `ogrinfo -json`: its summary is read as text.
    const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', source])
    expect(stdout).toMatch(/^Geometry: Point$/m)
    expect(Number(/^Feature Count: (\d+)$/m.exec(stdout)?.[1])).toBe(served.features.length)
    expect(served.features.length).toBeGreaterThan(400)
    expect(stdout).toContain('ID["EPSG",4326]')
    for (const field of ['id', 'name', 'type', 'description'])
      expect(stdout).toMatch(new RegExp(`^${field}: String`, 'm'))
  })

  it('with longitude first: the Fosse Delloye at Lewarde where it is', async () => {
    const source = `${server.url}/exports/geotrek/pois.geojson`
    const { stdout } = await run('ogrinfo', ['-ro', '-al', '-q', source, '-where', "id = 'grand-site-23'"])
    const [longitude, latitude] = (/POINT \(([\d.]+) ([\d.]+)\)/.exec(stdout) ?? []).slice(1).map(Number)
    expect(longitude).toBeCloseTo(3.17, 1)
    expect(latitude).toBeCloseTo(50.33, 1)
    expect(stdout).toMatch(/name \(String\) = .+/)
  })
})
