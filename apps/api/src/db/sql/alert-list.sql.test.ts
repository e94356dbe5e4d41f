import { describe, expect, it } from 'vitest'
import {
  alertCollectionCountQuery,
  alertPageQueries,
  COLLECTION_WALK_MIN_MATCHES,
  collectionWalk,
} from './alert-list.sql.ts'

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
    // Counted from the maintained counts, not the alerts.
    expect(count.text).toMatch(/FROM alert_facet_count$/)
    expect(count.values).toEqual([])
    expect(page.text).toContain('"photoCount", a.description')
    expect(page.text).toMatch(/ORDER BY a\.number DESC LIMIT \$1 OFFSET \$2\) AS chosen/)
  })

  it('counts any mix of status, severity and category from the maintained counts, in any scope', () => {
    const page = { limit: 50, offset: 0 }
    const bySeverity = alertPageQueries({ kind: 'all' }, { severities: ['high', 'critical'] }, [], page)
    expect(bySeverity.count.text).toMatch(/alert_facet_count WHERE severity = ANY\(\$1::text\[\]\)$/)
    expect(bySeverity.count.values).toEqual([['high', 'critical']])
    const twoFilters = alertPageQueries(
      { kind: 'organisation', id: 'org' },
      { statuses: ['nouvelle'], categories: ['erosion'] },
      [],
      page,
    )
    expect(twoFilters.count.text).toMatch(
      /alert_facet_count WHERE organisation_id = \$1::uuid AND status = ANY\(\$2::text\[\]\) AND category = ANY\(\$3::text\[\]\)$/,
    )
    expect(twoFilters.count.values).toEqual(['org', ['nouvelle'], ['erosion']])
  })

  it('counts the commune filter alone on alert_commune, and anything else on the alerts', () => {
    const page = { limit: 50, offset: 0 }
    const commune = alertPageQueries({ kind: 'all' }, { commune: 'lens' }, [], page)
    expect(commune.count.text).toContain('FROM alert_commune_count AS c')
    expect(commune.count.text).toMatch(/FROM alert_commune AS c WHERE c\.commune_id = \$1::text\s+UNION/)
    expect(commune.count.values).toEqual(['lens'])
    expect(commune.page.text).toContain('FROM alert_commune AS c')
    const withStatus = alertPageQueries(
      { kind: 'all' },
      { commune: 'lens', statuses: ['nouvelle'] },
      [],
      page,
    )
    expect(withStatus.count.text).toMatch(/^SELECT count\(\*\)::int AS count FROM alert AS a WHERE/)
    const organisation = alertPageQueries({ kind: 'organisation', id: 'org' }, { commune: 'lens' }, [], page)
    expect(organisation.count.text).toMatch(/^SELECT count\(\*\)::int AS count FROM alert AS a WHERE/)
  })
})

describe('collectionWalk', () => {
  it('walks twice the rows expected to hold the page when that is fewer than the matches', () => {
    // A town's box at a million alerts: 88 000 matches, the first page of 100.
    expect(collectionWalk(88_000, 1_000_000, { limit: 100, offset: 0 })).toBe(2273)
    expect(collectionWalk(88_000, 1_000_000, { limit: 100, offset: 200 })).toBe(6819)
  })

  it('reads every match when they are few, or too spread for a walk to be shorter', () => {
    expect(collectionWalk(COLLECTION_WALK_MIN_MATCHES - 1, 10_000, { limit: 1, offset: 0 })).toBeUndefined()
    expect(collectionWalk(10_000, 1_000_000, { limit: 100, offset: 0 })).toBeUndefined()
    expect(collectionWalk(88_000, 1_000_000, { limit: 100, offset: 5_000 })).toBeUndefined()
  })
})

describe('collectionWalk after a capped count', () => {
  it('compares the walk with the alerts in scope, since the matches are more than counted', () => {
    // A town's box at a million alerts, counted no further than 10,001.
    expect(collectionWalk(10_001, 1_000_000, { limit: 100, offset: 0 }, true)).toBe(19_999)
    expect(collectionWalk(10_001, 1_000_000, { limit: 100, offset: 0 })).toBeUndefined()
    expect(collectionWalk(10_001, 1_000_000, { limit: 100, offset: 5_000 }, true)).toBeUndefined()
  })
})

describe('alertCollectionCountQuery', () => {
  it('reads kept counts when the filter has them, and counts the matches up to the cap otherwise', () => {
    const kept = alertCollectionCountQuery({ kind: 'all' }, { statuses: ['nouvelle'] })
    expect(kept.capped).toBe(false)
    expect(kept.query.text).toMatch(/FROM alert_facet_count/)
    const boxed = alertCollectionCountQuery({ kind: 'all' }, { bbox: [2.7, 50.4, 2.9, 50.5] }, 3)
    expect(boxed.capped).toBe(true)
    expect(boxed.query.text).toMatch(/ST_Intersects\(a\.geom, .*\) LIMIT \$5\) AS matched$/)
    expect(boxed.query.values).toEqual([2.7, 50.4, 2.9, 50.5, 4])
  })
})
