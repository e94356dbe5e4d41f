import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

// The national address service (Géoplateforme geocoding, BAN GeoJSON) stood in on loopback for the
// browser suites, which have no internet. Its one address is SYNTHETIC test data (a made-up street at
// Loos-en-Gohelle), never a real one. A test turns it off and on again with GET /__mode/down and
// /__mode/ok, since it runs in the global setup's process, not in the tests'.

/** The synthetic address the stub finds for any text and gives for any position. */
export const STUB_ADDRESS = {
  label: '1 Rue Synthétique 62750 Loos-en-Gohelle',
  position: [2.7717, 50.4433] as [number, number],
}

const feature = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: STUB_ADDRESS.position },
  properties: {
    id: 'synthetic-62528-1',
    label: STUB_ADDRESS.label,
    type: 'housenumber',
    postcode: '62750',
    city: 'Loos-en-Gohelle',
    distance: 8,
  },
}

export interface StubGeocoder {
  url: string
  close(): Promise<void>
}

/** Starts the stub on a free loopback port. */
export async function startStubGeocoder(): Promise<StubGeocoder> {
  let down = false
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub')
    if (url.pathname.startsWith('/__mode/')) {
      down = url.pathname === '/__mode/down'
      response.writeHead(204).end()
      return
    }
    if (down) {
      response.writeHead(502).end('synthetic outage')
      return
    }
    const known = url.pathname === '/search' || url.pathname === '/reverse'
    response
      .writeHead(known ? 200 : 404, { 'content-type': 'application/json' })
      .end(JSON.stringify({ type: 'FeatureCollection', features: known ? [feature] : [] }))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    },
  }
}
