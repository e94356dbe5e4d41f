import { AlertBadgesSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import type { Session } from '../../auth/accounts-fixtures.ts'
import { createAlert, FOSSE_DELLOYE } from './alert-fixtures.ts'

// The badges are read from per-feature counts kept by triggers (migration 0015, issue 12 §4): they must
// follow every change of an alert's status, severity and organisation as the alerts themselves would.

const server = useTestApp()
const accounts = useAccounts(server)

/** The badges as the alerts say they should be for one organisation, counted straight from the tables. */
async function badgesFromAlerts(organisationId: string) {
  const { rows } = await server.pool.query<{
    collection: string
    featureId: string
    count: number
    severity: string
  }>(
    `SELECT f.collection, f.feature_id AS "featureId", count(*)::int AS count,
            (ARRAY['low', 'medium', 'high', 'critical'])[max(array_position(ARRAY['low', 'medium', 'high', 'critical'], a.severity))] AS severity
     FROM alert AS a JOIN alert_feature AS f ON f.alert_id = a.id
     WHERE a.status IN ('nouvelle', 'prise_en_compte', 'en_cours') AND a.organisation_id = $1 AND f.anchor IS NOT NULL
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [organisationId],
  )
  return rows
}

async function badgesOf(session: Session) {
  const response = await server.app.inject({ method: 'GET', url: '/alerts/badges', headers: session.headers })
  expect(response.statusCode, response.body).toBe(200)
  return AlertBadgesSchema.parse(response.json()).badges.map(
    ({ collection, featureId, count, severity }) => ({
      collection,
      featureId,
      count,
      severity,
    }),
  )
}

describe('GET /alerts/badges from the per-feature counts', () => {
  it('follows creation, severity changes, status changes and closing', async () => {
    // One partner's organisation: its badges are only this test's alerts.
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const organisationId = partner.user.organisation!.id
    const delloye = { collection: FOSSE_DELLOYE.collection, featureId: FOSSE_DELLOYE.id }
    const check = async (expected: { count: number; severity: string } | undefined) => {
      const badges = await badgesOf(partner)
      expect(badges).toEqual(await badgesFromAlerts(organisationId))
      expect(badges.find((badge) => badge.featureId === delloye.featureId)).toEqual(
        expected && { ...delloye, ...expected },
      )
    }
    const first = await createAlert(server.app, partner, { features: [FOSSE_DELLOYE], severity: 'medium' })
    await check({ count: 1, severity: 'medium' })
    const second = await createAlert(server.app, partner, { features: [FOSSE_DELLOYE], severity: 'critical' })
    await check({ count: 2, severity: 'critical' })

    const call = async (method: 'PATCH' | 'POST', url: string, payload: Record<string, string>) => {
      const response = await server.app.inject({ method, url, headers: officer.headers, payload })
      expect(response.statusCode, response.body).toBe(200)
    }
    await call('PATCH', `/alerts/${second.id}`, { severity: 'low' })
    await check({ count: 2, severity: 'medium' })
    await call('POST', `/alerts/${first.id}/status`, { status: 'prise_en_compte' })
    await check({ count: 2, severity: 'medium' })
    await call('POST', `/alerts/${first.id}/status`, { status: 'rejetee' })
    await check({ count: 1, severity: 'low' })
    await call('POST', `/alerts/${second.id}/status`, { status: 'rejetee' })
    await check(undefined)
  })
})
