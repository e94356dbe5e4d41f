import { describe, expect, it } from 'vitest'
import { useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlertReadRepo } from '../../../src/db/alert-read-repo.ts'
import { createAlertCollectionService } from '../../../src/services/alerts/alert-collection.ts'
import { createAlert } from './alert-fixtures.ts'

// The alertes collection counts its matches no further than a cap (issue 12 §4: a town's box held 88 000
// alerts at a million). Past it numberMatched is left out and the next link follows whole pages; under it,
// and for exports, the count is exact. The cap is 10,000 in the app; this repo's is 3.

const server = useTestApp()
const accounts = useAccounts(server)
const officer = {
  role: 'officer' as const,
  userId: '00000000-0000-4000-8000-000000000001',
  organisationId: null,
}
const context = (query: Record<string, string>) => ({
  base: 'http://test',
  path: '/collections/alertes/items',
  query,
  format: 'json' as const,
})

describe('alertes collection: numberMatched past the count cap', () => {
  it('is left out over the cap, exact under it and when asked for, and the next link still pages', async () => {
    const partner = await accounts.session('partner')
    const stamp = `cap${Date.now().toString(36)}`
    for (const [index, coordinates] of [
      [2.77, 50.44],
      [2.78, 50.45],
      [2.79, 50.44],
      [2.8, 50.43],
      [2.9, 50.42],
    ].entries()) {
      await createAlert(server.app, partner, {
        features: [],
        geometry: { type: 'Point', coordinates: coordinates as [number, number] },
        title: `${stamp} ${index}`,
        observedOn: `2026-02-1${index}`,
      })
    }
    const read = createAlertReadRepo(server.pool, { collectionCountCap: 3 })
    const service = createAlertCollectionService({ repos: { read } })
    const page = (filter: object, limit: number, offset = 0, exactCount = false) =>
      service.items(officer, context({ limit: String(limit) }), { filter, limit, offset }, { exactCount })
    const rel = (links: { rel: string }[], name: string) => links.some((link) => link.rel === name)

    // Five matches, cap 3: unknown count; a whole page has a next link, the last short one none.
    const first = await page({ text: stamp }, 2)
    expect(first.numberMatched).toBeUndefined()
    expect(first.numberReturned).toBe(2)
    expect(rel(first.links, 'next')).toBe(true)
    const last = await page({ text: stamp }, 2, 4)
    expect(last.numberReturned).toBe(1)
    expect(rel(last.links, 'next')).toBe(false)
    // Exports ask for the exact count.
    expect((await page({ text: stamp }, 2, 0, true)).numberMatched).toBe(5)
    // Three matches: exactly the cap, so an exact count.
    const box = { text: stamp, bbox: [2.765, 50.435, 2.795, 50.455] as [number, number, number, number] }
    const underCap = await page(box, 2)
    expect(underCap.numberMatched).toBe(3)
    expect(rel(underCap.links, 'next')).toBe(true)
    // Filters with kept counts stay exact at any size (alert_facet_count), whatever the cap.
    const kept = await page({ statuses: ['nouvelle'] }, 1)
    const exact = await server.pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM alert WHERE status = 'nouvelle'`,
    )
    expect(kept.numberMatched).toBe(exact.rows[0]!.count)
  })

  it('is given through the app when the matches are under 10,000', async () => {
    const officerSession = await accounts.session('officer')
    const response = await server.app.inject({
      method: 'GET',
      url: '/collections/alertes/items?bbox=2.76,50.43,2.81,50.46&limit=1',
      headers: officerSession.headers,
    })
    expect(response.statusCode).toBe(200)
    const body = response.json<{ numberMatched?: number }>()
    const exact = await server.pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM alert
       WHERE ST_Intersects(geom, ST_MakeEnvelope(2.76, 50.43, 2.81, 50.46, 4326))`,
    )
    expect(body.numberMatched).toBe(exact.rows[0]!.count)
  })
})
