import { describe, expect, it } from 'vitest'
import { useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from './alert-fixtures.ts'

// The duplicate hints find their candidates through the geometry index with a box in degrees (issue 12
// §4): these pins sit just inside and just outside the 100 m radius, east–west and north–south, where a
// box too small would miss one and a measure too loose would hint the other.

const server = useTestApp()
const accounts = useAccounts(server)

/** A point in the basin with no protected feature within 1 km (as in create-alert.test.ts). */
const ORIGIN: [number, number] = [3.2, 50.3]
/** Degrees of longitude and latitude per metre at 50.3° N (111.32 km × cos 50.3°, and 111.2 km). */
const LON_PER_M = 1 / 71_110
const LAT_PER_M = 1 / 111_200

const pin = (eastM: number, northM: number) => ({
  features: [],
  geometry: {
    type: 'Point' as const,
    coordinates: [ORIGIN[0] + eastM * LON_PER_M, ORIGIN[1] + northM * LAT_PER_M] as [number, number],
  },
})

describe('duplicate hints at the edge of the radius', () => {
  it('hints at an open alert 94 m east or 98 m north, not at one 105 m west', async () => {
    // One partner, so that only this test's alerts are in scope (its organisation's).
    const partner = await accounts.session('partner')
    const first = await createAlert(server.app, partner, pin(0, 0))

    const east = await createAlert(server.app, partner, pin(94, 0))
    const eastHint = east.duplicates.find((hint) => hint.id === first.id)
    expect(eastHint).toMatchObject({ reason: 'nearby' })
    expect(eastHint!.distanceM).toBeGreaterThan(90)
    expect(eastHint!.distanceM).toBeLessThanOrEqual(100)

    const north = await createAlert(server.app, partner, pin(0, 98))
    const northHint = north.duplicates.find((hint) => hint.id === first.id)
    expect(northHint).toMatchObject({ reason: 'nearby' })
    expect(northHint!.distanceM).toBeGreaterThan(90)

    const west = await createAlert(server.app, partner, pin(-105, 0))
    expect(west.duplicates.map((hint) => hint.id)).not.toContain(first.id)
    expect(west.duplicates.map((hint) => hint.id)).not.toContain(east.id)
  })
})
