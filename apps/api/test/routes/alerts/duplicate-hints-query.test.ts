import { DUPLICATE_WINDOW_DAYS } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { DUPLICATES_SQL } from '../../../src/db/sql/alert-read.sql.ts'
import { OPEN_STATUSES_SQL } from '../../../src/db/sql/alert-values.sql.ts'
import { createAlert, TERRIL_74A_ALERT } from './alert-fixtures.ts'

// DUPLICATES_SQL finds its candidates through the indexes and reads each once (issue 12 §4): its hints
// must be exactly those of measuring every alert, whatever the radius, the scope and the features, with
// ties (several alerts on one pin) and alerts on the same feature far outside the box.

const server = useTestApp()
const accounts = useAccounts(server)

/** Every alert measured, no index trick: what the hints mean. Same parameters as DUPLICATES_SQL. */
const EVERY_ALERT_MEASURED = `
WITH measured AS (
  SELECT a.id, a.number, a.title, a.status, a.severity, a.observed_on,
    EXISTS (SELECT 1 FROM alert_feature AS f JOIN unnest($2::text[], $3::text[]) AS given(t, i)
            ON f.feature_table = given.t AND f.feature_id = given.i WHERE f.alert_id = a.id) AS same_feature,
    round(ST_Distance(ST_Transform(a.geom, 2154), ST_Transform($1::geometry, 2154))::numeric, 1)::float8
      AS distance_m
  FROM alert AS a
  WHERE a.status IN (${OPEN_STATUSES_SQL})
    AND GREATEST(a.observed_on, a.created_at::date) >= current_date - $5::integer
    AND a.id IS DISTINCT FROM $6::uuid AND ($7::uuid IS NULL OR a.organisation_id = $7::uuid)
)
SELECT id, 'A-' || lpad(number::text, 6, '0') AS reference, title, status, severity,
       CASE WHEN same_feature THEN 'same_feature' ELSE 'nearby' END AS reason,
       to_char(observed_on, 'YYYY-MM-DD') AS "observedOn", distance_m AS "distanceM"
FROM measured WHERE same_feature OR distance_m <= $4::float8
ORDER BY same_feature DESC, distance_m, observed_on DESC, number
LIMIT 20`

/** A point in the basin away from the other tests' pins; metres east and north of it. */
const ORIGIN: [number, number] = [3.15, 50.33]
const pin = (eastM: number, northM: number) => ({
  features: [],
  geometry: {
    type: 'Point' as const,
    coordinates: [ORIGIN[0] + eastM / 71_000, ORIGIN[1] + northM / 111_200] as [number, number],
  },
})

describe('duplicate hints: the indexed query', () => {
  it('gives the hints of measuring every alert, for every radius, scope and features', async () => {
    const partner = await accounts.session('partner')
    const other = await accounts.session('partner')
    const created = []
    // Ties on one pin (their order is the observed day, then the number), and pins around the radius.
    for (const [east, north, day] of [
      [0, 0, '2026-11-02'],
      [0, 0, '2026-11-03'],
      [0, 0, '2026-11-03'],
      [3, 0, '2026-11-01'],
      [30, 40, '2026-11-05'],
      [-99, 0, '2026-11-05'],
      [0, 120, '2026-11-04'],
      [700, 0, '2026-11-04'],
    ] as const) {
      created.push(await createAlert(server.app, partner, { ...pin(east, north), observedOn: day }))
    }
    created.push(await createAlert(server.app, other, pin(0, 0)))
    // On terril 74A, kilometres away: hinted only as the same feature.
    const onTerril = await createAlert(server.app, partner, TERRIL_74A_ALERT)
    await createAlert(server.app, other, TERRIL_74A_ALERT)

    const { rows: terrilFeatures } = await server.pool.query<{ table: string; id: string }>(
      'SELECT feature_table AS table, feature_id AS id FROM alert_feature WHERE alert_id = $1',
      [onTerril.id],
    )
    expect(terrilFeatures).toHaveLength(1)
    const ewkbOf = async (id: string) =>
      (await server.pool.query<{ ewkb: string }>('SELECT geom::text AS ewkb FROM alert WHERE id = $1', [id]))
        .rows[0]!.ewkb
    const places = [await ewkbOf(created[0]!.id), await ewkbOf(onTerril.id)]
    const organisations = [null, partner.user.organisation!.id, other.user.organisation!.id]
    let compared = 0
    let hinted = 0
    for (const ewkb of places) {
      for (const features of [[], terrilFeatures]) {
        for (const radius of [5, 100, 1000]) {
          for (const organisationId of organisations) {
            for (const exceptId of [null, created[1]!.id]) {
              const values = [
                ewkb,
                features.map((feature) => feature.table),
                features.map((feature) => feature.id),
                radius,
                DUPLICATE_WINDOW_DAYS,
                exceptId,
                organisationId,
              ]
              const indexed = await server.pool.query(DUPLICATES_SQL, values)
              const measured = await server.pool.query(EVERY_ALERT_MEASURED, values)
              expect(indexed.rows, JSON.stringify(values.slice(1))).toEqual(measured.rows)
              compared += 1
              hinted += indexed.rows.length
            }
          }
        }
      }
    }
    expect(compared).toBe(72)
    // The comparison saw hints of both kinds, not only empty answers.
    expect(hinted).toBeGreaterThan(100)
  })
})
