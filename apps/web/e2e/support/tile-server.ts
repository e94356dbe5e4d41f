import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Basemaps } from '@heritage-watch/shared'
import { PNG } from 'pngjs'

// A loopback tile server stands in for IGN, OpenStreetMap and Géo2France (no internet here). Each
// service answers one flat synthetic colour, so that a screenshot tells which one the map draws.
export const COLOURS = {
  plan: [240, 200, 90],
  ortho: [40, 120, 60],
  osm: [200, 120, 230],
  wms: [140, 90, 50],
}

function tile([red, green, blue]: number[]): Buffer {
  const png = new PNG({ width: 256, height: 256 })
  for (let index = 0; index < png.data.length; index += 4) png.data.set([red!, green!, blue!, 255], index)
  return PNG.sync.write(png)
}

export interface TileServer {
  origin: string
  /** The WMS GetMap queries received, for their parameters. */
  wmsQueries: URLSearchParams[]
  /** Paths asked of the failing service. */
  failures: string[]
  close(): Promise<void>
}

export async function startTileServer(): Promise<TileServer> {
  const tiles = Object.fromEntries(Object.entries(COLOURS).map(([name, colour]) => [name, tile(colour)]))
  const wmsQueries: URLSearchParams[] = []
  const failures: string[] = []
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    response.setHeader('Access-Control-Allow-Origin', '*')
    const [, service] = url.pathname.split('/')
    if (service === 'down') {
      failures.push(url.pathname)
      response.writeHead(503).end('service unavailable (test)')
      return
    }
    if (service === 'wms' && url.searchParams.get('REQUEST') === 'GetMap') wmsQueries.push(url.searchParams)
    const body = service ? tiles[service] : undefined
    if (!body) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'Content-Type': 'image/png' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    wmsQueries,
    failures,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** What GET /config/basemaps answers here: the server's shape, with loopback URLs (test data). */
export function testBasemaps(origin: string): Basemaps {
  const xyz = (id: string, group: 'current' | 'historical', label: string, path: string) => ({
    id,
    group,
    label,
    tiles: [`${origin}/${path}`],
    tileSize: 256,
    maxzoom: 19,
    attribution: { text: `© test ${label}`, url: `${origin}/` },
  })
  return {
    basemaps: [
      xyz('plan-ign', 'current', 'Plan IGN', 'plan/{z}/{x}/{y}.png'),
      xyz('ortho-ign', 'current', 'Orthophotos IGN', 'ortho/{z}/{x}/{y}.png'),
      xyz('osm', 'current', 'OpenStreetMap', 'down/{z}/{x}/{y}.png'),
      xyz(
        'historique-1949-1955',
        'historical',
        '1949–1955',
        'wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=test:ortho_1950&STYLES=&CRS=EPSG:3857&WIDTH=256&HEIGHT=256&FORMAT=image/png&BBOX={bbox-epsg-3857}',
      ),
    ],
    compareWith: 'ortho-ign',
  }
}
