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
    expect(page.text).toMatch(/ORDER BY array_position\(.*\) DESC, a\.number DESC LIMIT \$8 OFFSET \$9$/)
  })

  it('has no WHERE for an officer without filters, and adds the asked columns to the summary', () => {
    const { count, page } = alertPageQueries({ kind: 'all' }, {}, [], {
      limit: null,
      offset: 0,
      extraColumns: 'a.description',
    })
    expect(count.text).toBe('SELECT count(*)::int AS count FROM alert AS a ')
    expect(page.text).toContain('"photoCount", a.description')
    expect(page.text).toMatch(/ORDER BY a\.number DESC LIMIT \$1 OFFSET \$2$/)
  })
})
