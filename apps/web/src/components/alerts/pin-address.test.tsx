// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PARTNER } from '../../test-support/alert-fixtures.ts'
import { createFakeApi, type FakeRoutes, renderWithSession } from '../../test-support/render-with-session.tsx'
import { PinAddress } from './pin-address.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

// A SYNTHETIC address (test data): the component only shows what the API gives.
const ADDRESS = {
  label: '1 Rue Synthétique 62750 Loos-en-Gohelle',
  kind: 'housenumber',
  postcode: '62750',
  city: 'Loos-en-Gohelle',
  distance: 11.6,
  position: [2.77172, 50.44328],
}

/** The public search calls go through the browser's fetch, not the session's. */
function renderPin(routes: FakeRoutes) {
  const api = createFakeApi(routes)
  vi.stubGlobal('fetch', api.fetch)
  renderWithSession(<PinAddress pin={[2.771718, 50.443281]} />, { user: PARTNER, fetch: api.fetch })
  return api
}

describe('the address of a dropped pin', () => {
  it('shows the nearest address and how far it is, asked for the pin rounded to about a metre', async () => {
    const api = renderPin({ 'GET /geocode/reverse': () => ({ status: 200, body: ADDRESS }) })
    expect(await screen.findByText(ADDRESS.label, {}, { timeout: 2000 })).toBeTruthy()
    expect(screen.getByText(/à 12 m/)).toBeTruthy()
    expect(api.requests.map((request) => request.url)).toEqual(['/geocode/reverse?lon=2.77172&lat=50.44328'])
  })

  it('says "adresse indisponible" when the address service does not answer', async () => {
    renderPin({
      'GET /geocode/reverse': () => ({
        status: 503,
        body: { title: 'Service indisponible / Service unavailable', status: 503 },
      }),
    })
    expect(await screen.findByText('Adresse indisponible', {}, { timeout: 2000 })).toBeTruthy()
  })
})
