import { DEFAULT_ALERT_SORT } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import {
  ALERT_FEATURE_COLUMNS,
  alertPageQueries,
  alertWalkedPageQuery,
} from '../../../src/db/sql/alert-list.sql.ts'
import { createAlert } from './alert-fixtures.ts'

// The alertes collection looks for a page among the newest observations first (walkedPageQuery, issue 12
// §4): whenever that walk returns a whole page, it must be the page every match gives.

const server = useTestApp()
const accounts = useAccounts(server)

describe('alertes collection: a page walked down the date index', () => {
  it('is the page of every match whenever it is whole, for every walk, offset and limit', async () => {
    const partner = await accounts.session('partner')
    const stamp = `walk${Date.now().toString(36)}`
    // Two of them outside the box, so that the walk skips rows; dates out of creation order.
    const places: [number, number][] = [
      [2.771748, 50.443281],
      [2.7, 50.45],
      [2.78, 50.45],
      [2.79, 50.44],
      [2.9, 50.42],
      [2.8, 50.43],
      [2.77, 50.442],
    ]
    for (const [index, coordinates] of places.entries()) {
      await createAlert(server.app, partner, {
        features: [],
        geometry: { type: 'Point', coordinates },
        title: `${stamp} ${index}`,
        observedOn: `2026-0${1 + (index % 3)}-1${index}`,
      })
    }
    const filter = { text: stamp, bbox: [2.75, 50.4, 2.86, 50.47] as [number, number, number, number] }
    const scope = { kind: 'all' } as const
    const rows = async (query: { text: string; values: unknown[] }) =>
      (await server.pool.query<{ id: string }>(query.text, query.values)).rows.map((row) => row.id)
    let whole = 0
    for (const limit of [1, 2, 3]) {
      for (const offset of [0, 1, 4]) {
        const page = { limit, offset, extraColumns: ALERT_FEATURE_COLUMNS }
        const every = await rows(alertPageQueries(scope, filter, [DEFAULT_ALERT_SORT], page).page)
        for (const walk of [1, 2, 3, 5, 8, 1000]) {
          const walked = await rows(alertWalkedPageQuery(scope, filter, { ...page, walk }))
          expect(walked.length).toBeLessThanOrEqual(limit)
          if (walked.length === limit) {
            whole += 1
            expect(walked, `limit ${limit}, offset ${offset}, walk ${walk}`).toEqual(every)
          }
        }
      }
    }
    // A walk past every alert always holds the page when there is one: the comparison did run.
    expect(whole).toBeGreaterThanOrEqual(6)
  })
})
