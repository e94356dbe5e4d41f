import { IndicatorsSchema } from '@heritage-watch/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { createIndicatorsRepo, type IndicatorScope } from '../../../src/db/indicators-repo.ts'
import type { Queryable } from '../../../src/db/pool.ts'
import { type Session, useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from '../alerts/alert-fixtures.ts'
import { createAssessment, terrilsForFile } from '../assessments/assessment-fixtures.ts'

// The whole basin's indicators read counts kept by triggers (migrations 0012, and 0022's per month). After
// writes through the API (new alerts, status changes, edits, constats recorded, proposed and validated)
// they must answer exactly what the slow path (the same queries over alert, alert_event and assessment)
// answers, for periods of whole months, of parts of months and open-ended ones.

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

/**
 * Around the synthetic alerts of the month-edge test: whole months, parts of one month, parts of two,
 * a single day, open ends (0022 reads whole months per month and the other days per day).
 */
const MONTH_EDGE_PERIODS: [string | null, string | null][] = [
  ['2024-03-01', null],
  [null, '2024-02-29'],
  [null, '2024-03-31'],
  ['2024-02-01', '2024-02-29'],
  ['2024-03-01', '2024-03-31'],
  ['2024-02-15', '2024-03-10'],
  ['2024-03-02', '2024-03-30'],
  ['2024-03-01', '2024-03-30'],
  ['2024-03-02', '2024-03-31'],
  ['2024-02-01', '2024-03-30'],
  ['2024-01-31', '2024-04-01'],
  ['2024-03-01', '2024-03-01'],
  ['2024-02-29', '2024-02-29'],
  ['2023-12-01', '2024-05-31'],
  ['2024-04-01', '2024-04-30'],
]

/**
 * Synthetic alerts ("[test] …", rolled back) in the buffer zone of Lens and Liévin, created at instants
 * whose French day and month differ from their UTC ones: 23:30 UTC on 29 February is 1 March in Paris.
 */
const MONTH_EDGE_ALERTS = `
INSERT INTO alert (title, description, category, severity, status, observed_on, geom, geometry_origin,
                   context, reporter_id, created_at)
SELECT '[test] synthetic month-edge alert', 'Synthetic, rolled back.', v.category, 'medium', v.status,
       v.created_at::date, ST_SetSRID(ST_MakePoint(2.78, 50.43), 4326), 'drawn',
       jsonb_build_object('inProperty', false, 'inBufferZone', true, 'communes',
         '[{"id": "62498", "label": "Lens"}, {"id": "62510", "label": "Liévin"}]'::jsonb),
       $1, v.created_at::timestamptz
FROM (VALUES ('projet_construction', 'nouvelle', '2024-02-29T22:30:00Z'),
             ('projet_construction', 'en_cours', '2024-02-29T23:30:00Z'),
             ('travaux_non_conformes', 'nouvelle', '2024-01-31T12:00:00Z'),
             ('travaux_non_conformes', 'resolue', '2024-03-31T21:59:00Z'),
             ('projet_construction', 'nouvelle', '2024-03-31T22:30:00Z'),
             ('erosion', 'nouvelle', '2024-03-15T12:00:00Z')) AS v (category, status, created_at)`

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

  it('answer periods of whole and partial months as the alerts do, across French month ends', async () => {
    const client = await server.pool.connect()
    try {
      await client.query('BEGIN')
      await client.query(MONTH_EDGE_ALERTS, [partner.user.id])
      await client.query('SET CONSTRAINTS ALL IMMEDIATE')
      for (const [from, to] of [...PERIODS, ...MONTH_EDGE_PERIODS])
        await expectCountsExact(basin(from, to), client)
      // Not empty: two pressure alerts of March in Paris (not in UTC), each over Lens and Liévin.
      const pressure = await createIndicatorsRepo(client).pressure(basin('2024-03-01', '2024-03-31'))
      expect(pressure.filter((row) => row.key === '62498').map((row) => row.count)).toEqual([2])
      await client.query('ROLLBACK')
    } finally {
      client.release()
    }
  })
})
