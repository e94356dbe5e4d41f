import { AlertListSchema } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { useAccounts } from '../../auth/accounts-fixtures.ts'
import { useTestApp } from '../../helpers/test-app.ts'
import { createAlert } from './alert-fixtures.ts'

// GET /alerts counts an officer's matches from the per-day counts when one filter of status, severity or
// category (or none) is given (issue 12 §4): the total must be the alerts' own count, whatever the filter.

const server = useTestApp()
const accounts = useAccounts(server)

/**
 * numberMatched of GET /alerts?`query` next to count(*) of the alerts matching `where`, read again until
 * no other suite wrote in between (suites share the database).
 */
async function matchedAndCounted(headers: Record<string, string>, query: string, where: string) {
  const count = async () =>
    (await server.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM alert WHERE ${where}`))
      .rows[0]!.count
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const before = await count()
    const response = await server.app.inject({ method: 'GET', url: `/alerts?${query}&limit=1`, headers })
    expect(response.statusCode, response.body).toBe(200)
    const { numberMatched } = AlertListSchema.parse(response.json())
    if ((await count()) === before) return { matched: numberMatched, counted: before }
  }
  throw new Error('the alerts kept changing')
}

describe('GET /alerts: the number of matches', () => {
  it('equals the alerts counted, with no filter, by status, severity or category, and by two of them', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    await createAlert(server.app, partner, { category: 'incendie', severity: 'critical' })
    await createAlert(server.app, partner, { category: 'vegetation', severity: 'low' })
    const cases: [string, string][] = [
      ['sort=-observedOn', 'TRUE'],
      ['status=nouvelle,en_cours', "status IN ('nouvelle', 'en_cours')"],
      ['severity=critical', "severity = 'critical'"],
      ['category=incendie,vegetation', "category IN ('incendie', 'vegetation')"],
      ['status=nouvelle&category=incendie', "status = 'nouvelle' AND category = 'incendie'"],
    ]
    for (const [query, where] of cases) {
      const { matched, counted } = await matchedAndCounted(officer.headers, query, where)
      expect(matched, query).toBe(counted)
      expect(counted, query).toBeGreaterThan(0)
    }
  })

  it('follows a status change at once', async () => {
    const partner = await accounts.session('partner')
    const officer = await accounts.session('officer')
    const alert = await createAlert(server.app, partner, { category: 'depot_sauvage' })
    const moved = await server.app.inject({
      method: 'POST',
      url: `/alerts/${alert.id}/status`,
      headers: officer.headers,
      payload: { status: 'prise_en_compte' },
    })
    expect(moved.statusCode, moved.body).toBe(200)
    const { matched, counted } = await matchedAndCounted(
      officer.headers,
      'status=prise_en_compte',
      "status = 'prise_en_compte'",
    )
    expect(matched).toBe(counted)
  })
})
