import { BasemapsSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../../../src/app.ts'
import { useTestApp } from '../../helpers/test-app.ts'

const server = useTestApp()

describe('GET /config/basemaps', () => {
  it('offers Plan IGN, the IGN orthophotos and OpenStreetMap at their public URLs by default', async () => {
    const response = await server.app.inject({ url: '/config/basemaps' })
    expect(response.statusCode, response.body).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    const body = BasemapsSchema.parse(response.json())
    expect(body.basemaps.map((basemap) => basemap.id)).toEqual([
      'plan-ign',
      'ortho-ign',
      'osm',
      'historique-ign-1950-1965',
    ])
    expect(body.compareWith).toBe('ortho-ign')
    const [plan, ortho, osm, ign1950] = body.basemaps
    expect(ign1950).toMatchObject({ group: 'historical', label: '1950–1965', maxzoom: 18 })
    expect(ign1950?.tiles[0]).toMatch(/LAYER=ORTHOIMAGERY\.ORTHOPHOTOS\.1950-1965&/)
    expect(plan?.tiles[0]).toMatch(
      /^https:\/\/data\.geopf\.fr\/wmts\?.*LAYER=GEOGRAPHICALGRIDSYSTEMS\.PLANIGNV2/,
    )
    expect(ortho?.tiles[0]).toMatch(/LAYER=ORTHOIMAGERY\.ORTHOPHOTOS&/)
    expect(osm?.tiles[0]).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
    for (const basemap of body.basemaps) expect(basemap.attribution.text).toMatch(/^©/)
  })

  it('follows the configuration: a service left out, another URL, historical WMS layers', async () => {
    const app = await buildApp({
      pool: server.pool,
      config: {
        PUBLIC_URL: undefined,
        WEB_DIST_DIR: '/nonexistent-web-dist',
        LOG_LEVEL: 'silent',
        BASEMAP_OSM_URL: null,
        BASEMAP_PLAN_IGN_URL: 'http://127.0.0.1:9/plan/{z}/{x}/{y}.png',
        BASEMAP_HISTORICAL_WMS_URL: 'http://127.0.0.1:9/wms?map=ortho',
        BASEMAP_HISTORICAL_LAYERS: [{ label: '1949-1955', layer: 'test:ortho_1950' }],
      },
      logger: false,
    })
    try {
      const body = BasemapsSchema.parse((await app.inject({ url: '/config/basemaps' })).json())
      expect(body.basemaps.map((basemap) => basemap.id)).toEqual([
        'plan-ign',
        'ortho-ign',
        'historique-ign-1950-1965',
        'historique-1949-1955',
      ])
      expect(body.basemaps[0]?.tiles).toEqual(['http://127.0.0.1:9/plan/{z}/{x}/{y}.png'])
      const historical = body.basemaps[3]
      expect(historical).toMatchObject({ group: 'historical', label: '1949–1955' })
      const wms = new URL(historical?.tiles[0]?.replace('{bbox-epsg-3857}', '1,2,3,4') ?? '')
      expect(wms.origin + wms.pathname).toBe('http://127.0.0.1:9/wms')
      expect(Object.fromEntries(wms.searchParams)).toMatchObject({
        map: 'ortho',
        SERVICE: 'WMS',
        REQUEST: 'GetMap',
        LAYERS: 'test:ortho_1950',
        CRS: 'EPSG:3857',
        BBOX: '1,2,3,4',
      })
    } finally {
      await app.close()
    }
  })
})
