import { describe, expect, it } from 'vitest'
import { alertPageQueries } from './alert-list.sql.ts'

describe('alertPageQueries', () => {
  it('puts the scope and every filter value in $n parameters, then limit and offset', () => {
    const { count, page } = alertPageQueries(
      { kind: 'organisation', id: 'org' },
      { statuses: ['nouvelle'], text: "l'eau", bbox: [3, 50, 4, 51] },
      [{ key: 'severity', descending: true }],
      { limit: 20, offset: 40 },
    )
    expect(count.values).toEqual(['org', ['nouvelle'], "l'eau", 3, 50, 4, 51])
    expect(page.values).toEqual(['org', ['nouvelle'], "l'eau", 3, 50, 4, 51, 20, 40])
    expect(count.text).toContain('a.organisation_id = $1::uuid')
    expect(page.text).not.toContain("l'eau")
    expect(page.text).toMatch(
      /ORDER BY array_position\(.*\) DESC, a\.number DESC LIMIT \$8 OFFSET \$9\) AS chosen/,
    )
  })

  it('has no WHERE for an officer without filters, and adds the asked columns to the summary', () => {
    const { count, page } = alertPageQueries({ kind: 'all' }, {}, [], {
      limit: null,
      offset: 0,
      extraColumns: 'a.description',
    })
    // Counted from the per-day counts, not the alerts.
    expect(count.text).toMatch(/FROM alert_day_count WHERE dimension = 'status'$/)
    expect(count.values).toEqual([])
    expect(page.text).toContain('"photoCount", a.description')
    expect(page.text).toMatch(/ORDER BY a\.number DESC LIMIT \$1 OFFSET \$2\) AS chosen/)
  })

  it('counts by status, severity or category alone from the per-day counts, for an officer only', () => {
    const page = { limit: 50, offset: 0 }
    const bySeverity = alertPageQueries({ kind: 'all' }, { severities: ['high', 'critical'] }, [], page)
    expect(bySeverity.count.text).toMatch(
      /alert_day_count WHERE dimension = 'severity' AND key = ANY\(\$1::text\[\]\)$/,
    )
    expect(bySeverity.count.values).toEqual([['high', 'critical']])
    const byCategory = alertPageQueries({ kind: 'all' }, { categories: ['erosion'] }, [], page)
    expect(byCategory.count.text).toContain("dimension = 'category'")
    // Two filters, another filter, or one organisation's alerts: the alerts themselves are counted.
    const twoFilters = alertPageQueries(
      { kind: 'all' },
      { statuses: ['nouvelle'], categories: ['erosion'] },
      [],
      page,
    )
    expect(twoFilters.count.text).toMatch(/^SELECT count\(\*\)::int AS count FROM alert AS a WHERE/)
    const commune = alertPageQueries({ kind: 'all' }, { commune: 'lens' }, [], page)
    expect(commune.count.text).not.toContain('alert_day_count')
    const organisation = alertPageQueries(
      { kind: 'organisation', id: 'org' },
      { statuses: ['nouvelle'] },
      [],
      page,
    )
    expect(organisation.count.text).not.toContain('alert_day_count')
  })
})
