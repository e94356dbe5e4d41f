import { IndicatorsSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createIndicatorsRepo, type IndicatorScope } from '../../../src/db/indicators-repo.ts'
import type { Queryable } from '../../../src/db/pool.ts'
import { type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from '../alerts/alert-fixtures.ts'
import { createAssessment, terrilsForFile } from '../assessments/assessment-fixtures.ts'

// The whole basin's indicators read counts kept by triggers (migration 0012). After writes through the
// API (new alerts, status changes, edits, constats recorded, proposed and validated) they must answer
// exactly what the slow path (the same queries over alert, alert_event and assessment) answers.

const server = useTestApp()
const accounts = useAccounts(server)
let officer: Session
let partner: Session
let terrils: string[]

const basin = (from: string | null = null, to: string | null = null): IndicatorScope => ({
  kind: 'bassin',
  code: null,
  polygon: null,
  from,
  to,
})
const byKey = <T extends { key: string }>(rows: T[]) =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))

/** Every figure the counts give, read both ways: they must be equal. */
async function expectCountsExact(scope: IndicatorScope, db: Queryable = server.pool) {
  const [kept, recounted] = [createIndicatorsRepo(db), createIndicatorsRepo(db, { rollups: false })]
  expect(byKey(await kept.alertBreakdown(scope))).toEqual(byKey(await recounted.alertBreakdown(scope)))
  expect(await kept.alertDelays(scope)).toEqual(await recounted.alertDelays(scope))
  expect(await kept.pressure(scope)).toEqual(await recounted.pressure(scope))
  expect(byKey(await kept.assessments(scope))).toEqual(byKey(await recounted.assessments(scope)))
}

const today = () => new Date().toISOString().slice(0, 10)
const PERIODS: [string | null, string | null][] = [
  [null, null],
  ['2026-01-01', null],
  // Not aligned on months: the counts are kept per French day.
  ['2025-11-17', '2026-12-03'],
  [null, '2026-10-01'],
]

async function answeredOk(session: Session, method: 'POST' | 'PATCH', url: string, payload: object) {
  const response = await server.app.inject({ method, url, headers: session.headers, payload })
  expect(response.statusCode, response.body).toBe(200)
}

async function basinTotal() {
  const response = await server.app.inject({ url: '/indicators', headers: officer.headers })
  expect(response.statusCode, response.body).toBe(200)
  const body = IndicatorsSchema.parse(response.json())
  return { alerts: body.alerts.total.count, constats: body.assessments.total.count }
}

beforeAll(async () => {
  officer = await accounts.session('officer')
  partner = await accounts.session('partner')
  terrils = await terrilsForFile(server.pool, 60, 3)
})

describe('the basin’s kept counts', () => {
  it('are exact before any write of this file', async () => {
    for (const [from, to] of PERIODS) await expectCountsExact(basin(from, to))
  })

  it('follow new alerts, status changes up to the resolution, and edits', async () => {
    const before = await basinTotal()
    const pressure = await createAlert(server.app, partner, { category: 'projet_construction' })
    const handled = await createAlert(server.app, partner, { severity: 'low' })
    const inProperty = await createAlert(server.app, officer, {
      features: [{ collection: 'bien-inscrit-elements', id: '23' }],
    })
    await answeredOk(officer, 'POST', `/alerts/${inProperty.id}/status`, { status: 'rejetee' })
    await answeredOk(partner, 'POST', `/alerts/${pressure.id}/comments`, { body: 'Permis affiché.' })
    await answeredOk(partner, 'PATCH', `/alerts/${pressure.id}`, { category: 'travaux_non_conformes' })
    await answeredOk(officer, 'PATCH', `/alerts/${handled.id}`, { severity: 'critical' })
    for (const status of ['prise_en_compte', 'en_cours', 'resolue'])
      await answeredOk(officer, 'POST', `/alerts/${handled.id}/status`, { status })

    expect((await basinTotal()).alerts).toBe((before.alerts ?? 0) + 3)
    for (const [from, to] of PERIODS) await expectCountsExact(basin(from, to))
    await expectCountsExact(basin(today(), today()))
  })

  it('follow constats recorded, proposed, validated and refused', async () => {
    const before = await basinTotal()
    const feature = (id: string) => ({ collection: 'terrils', id })
    await createAssessment(server.app, officer, { feature: feature(terrils[0]!), visitedOn: '2026-02-03' })
    await createAssessment(server.app, officer, {
      feature: feature(terrils[0]!),
      visitedOn: '2026-05-04',
      condition: 'mauvais',
      priority: 'B',
    })
    const validated = await createAssessment(server.app, partner, {
      feature: feature(terrils[1]!),
      visitedOn: '2026-03-01',
      condition: 'tres_mauvais',
    })
    const refused = await createAssessment(server.app, partner, {
      feature: feature(terrils[2]!),
      visitedOn: '2026-03-02',
    })
    expect((await basinTotal()).constats).toBe((before.constats ?? 0) + 2)
    await answeredOk(officer, 'POST', `/assessments/${validated.id}/validation`, { decision: 'validee' })
    await answeredOk(officer, 'POST', `/assessments/${refused.id}/validation`, { decision: 'refusee' })

    expect((await basinTotal()).constats).toBe((before.constats ?? 0) + 3)
    for (const [from, to] of PERIODS) await expectCountsExact(basin(from, to))
  })

  it('follow a bulk update inside its transaction, and its rollback', async () => {
    const client = await server.pool.connect()
    try {
      await client.query('BEGIN')
      await client.query(`UPDATE alert SET status = 'rejetee' WHERE status = 'nouvelle'`)
      await client.query(`UPDATE assessment SET status = 'validee' WHERE status = 'proposee'`)
      // The alert counts move at the COMMIT (deferred triggers, migration 0020), or when asked to now.
      await client.query('SET CONSTRAINTS ALL IMMEDIATE')
      await expectCountsExact(basin(), client)
      await client.query('ROLLBACK')
    } finally {
      client.release()
    }
    await expectCountsExact(basin())
  })
})
