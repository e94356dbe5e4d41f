import { COLLECTIONS } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { lighttpdConfig, mapserverConfig } from './lighttpd.ts'
import { buildMapfile, catalogueLayers, layerCollection, libpqConnection } from './mapfile.ts'

const OPTIONS = {
  connection: 'host=127.0.0.1 port=5999 dbname=heritage_watch user=postgres',
  onlineResource: 'http://127.0.0.1:8080/mapserv/hw/ogcapi',
  templatesDirectory: '/usr/share/mapserver/ogcapi/templates/html-plain',
}

const layerOf = (mapfile: string, name: string) => {
  const start = mapfile.indexOf(`NAME "${name}"`)
  return mapfile.slice(start, mapfile.indexOf('\n  END', start))
}

describe('buildMapfile', () => {
  const mapfile = buildMapfile({ ...OPTIONS, layers: catalogueLayers() })

  it('has one layer per catalogue collection, on its table with its columns', () => {
    expect(mapfile.match(/^ {2}LAYER$/gm)).toHaveLength(COLLECTIONS.length)
    const terrils = layerOf(mapfile, 'terrils')
    expect(terrils).toContain('FROM terril) AS t USING UNIQUE id USING SRID=4326')
    expect(terrils).toContain('\\"numero\\"')
    expect(terrils).toContain('TYPE POLYGON')
    expect(layerOf(mapfile, 'puits-de-mines')).toContain('TYPE POINT')
    expect(layerOf(mapfile, 'zone-tampon-cavaliers')).toContain('TYPE LINE')
  })

  it("keeps a view's constant condition, escaped for the mapfile's double quotes", () => {
    expect(layerOf(mapfile, 'bien-inscrit-batis')).toContain(
      "FROM property_element WHERE (categorie = 'bati')",
    )
  })

  it('enables the OGC API with pages of up to 10,000 features', () => {
    expect(mapfile).toContain('"oga_enable_request" "*"')
    expect(mapfile).toContain('"oga_max_limit" "10000"')
    expect(mapfile).toContain(`"oga_onlineresource" "${OPTIONS.onlineResource}"`)
    expect(mapfile).toContain(`"oga_html_template_directory" "${OPTIONS.templatesDirectory}/"`)
  })

  it('writes a variant layer with a fixed filter, escaped for the mapfile', () => {
    const variants = buildMapfile({
      ...OPTIONS,
      layers: [{ name: 'anzin', collection: layerCollection('puits-de-mines'), where: `compagnie = 'a"b'` }],
    })
    expect(layerOf(variants, 'anzin')).toContain(`FROM mine_shaft WHERE (compagnie = 'a\\"b')`)
  })

  it('refuses two layers with one name', () => {
    const terrils = { name: 'terrils', collection: layerCollection('terrils') }
    expect(() => buildMapfile({ ...OPTIONS, layers: [terrils, terrils] })).toThrow(/two mapfile layers/)
  })
})

describe('libpqConnection', () => {
  it('turns the URL into key=value pairs, decoded', () => {
    expect(libpqConnection('postgres://bench%20user:s%40cret@127.0.0.1:5999/heritage_watch')).toBe(
      'host=127.0.0.1 port=5999 dbname=heritage_watch user=bench user password=s@cret',
    )
  })
})

describe('lighttpd and MapServer configuration', () => {
  it('runs mapserv as 4 FastCGI workers under /mapserv with its configuration file', () => {
    const config = lighttpdConfig({
      directory: '/tmp/x',
      port: 8080,
      workers: 4,
      mapserv: '/usr/lib/cgi-bin/mapserv',
      mapserverConfig: '/tmp/x/mapserver.conf',
    })
    expect(config).toContain('server.bind = "127.0.0.1"')
    expect(config).toContain('"max-procs" => 4')
    expect(config).toContain('"MAPSERVER_CONFIG_FILE" => "/tmp/x/mapserver.conf"')
    expect(mapserverConfig('hw', '/tmp/x/bench.map')).toContain('HW "/tmp/x/bench.map"')
  })
})
