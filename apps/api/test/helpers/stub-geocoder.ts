import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

// A stand-in for the national address service (Géoplateforme geocoding, BAN format) on loopback. Its
// addresses are SYNTHETIC test data: made-up streets at made-up numbers, placed inside and outside the
// mining basin to exercise the filter; they describe no real address.

/** How the stub behaves: answers, answers too late, fails with a 500, or answers another format. */
export type StubGeocoderMode = 'ok' | 'slow' | 'error' | 'garbage'

const feature = (lon: number, lat: number, properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
})

/** Synthetic answers to /search: one in the basin (Loos-en-Gohelle), one in Paris, one commune. */
export const STUB_SEARCH_FEATURES = [
  feature(2.7866, 50.4572, {
    id: 'synthetic-62528-1',
    label: '1 Rue Synthétique 62750 Loos-en-Gohelle',
    type: 'housenumber',
    postcode: '62750',
    city: 'Loos-en-Gohelle',
    score: 0.9,
  }),
  feature(2.3522, 48.8566, {
    id: 'synthetic-75056-1',
    label: '1 Rue Synthétique 75001 Paris',
    type: 'housenumber',
    postcode: '75001',
    city: 'Paris',
    score: 0.8,
  }),
  feature(2.7834, 50.4603, {
    id: '62528',
    label: 'Loos-en-Gohelle',
    type: 'municipality',
    postcode: '62750',
    city: 'Loos-en-Gohelle',
    score: 0.7,
  }),
]

/** Synthetic answer to /reverse. */
export const STUB_REVERSE_FEATURE = feature(2.7866, 50.4572, {
  id: 'synthetic-62528-1',
  label: '1 Rue Synthétique 62750 Loos-en-Gohelle',
  type: 'housenumber',
  postcode: '62750',
  city: 'Loos-en-Gohelle',
  distance: 12,
})

export interface StubGeocoder {
  url: string
  mode: StubGeocoderMode
  /** Every request path and query it received, in order. */
  requests: URL[]
  close(): Promise<void>
}

/** Starts the stub on a free loopback port; set `mode` to change how it answers. */
export async function startStubGeocoder(slowMs = 2000): Promise<StubGeocoder> {
  const stub = { mode: 'ok' as StubGeocoderMode, requests: [] as URL[] }
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub')
    stub.requests.push(url)
    const send = () => {
      if (stub.mode === 'error') {
        response.writeHead(500).end('synthetic failure')
        return
      }
      const json = (body: unknown) =>
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      if (stub.mode === 'garbage') return json({ hello: 'world' })
      if (url.pathname === '/search')
        return json({ type: 'FeatureCollection', features: STUB_SEARCH_FEATURES })
      if (url.pathname === '/reverse') {
        const lat = Number(url.searchParams.get('lat'))
        // The sea off Dunkirk knows no address: the stub says so with an empty collection.
        const features = lat > 51 ? [] : [STUB_REVERSE_FEATURE]
        return json({ type: 'FeatureCollection', features })
      }
      response.writeHead(404).end()
    }
    if (stub.mode === 'slow') setTimeout(send, slowMs)
    else send()
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections()
      server.close()
      await once(server, 'close')
    },
  })
}
