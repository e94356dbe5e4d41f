import { describe, expect, it } from 'vitest'
import { readQueries } from './explain.ts'

describe('the SQL behind the scale reads', () => {
  it('is built by the API: the desk and its filters count from the kept counts, the commune on its index', () => {
    const [count, page] = readQueries('desk')
    expect(count?.query.text).toContain('alert_facet_count')
    expect(page?.query.text).toMatch(/ORDER BY a\.observed_on DESC, a\.number DESC LIMIT/)
    expect(readQueries('desk-filtered')[0]?.query.text).toMatch(/FROM alert_facet_count WHERE status = ANY/)
    expect(readQueries('desk-commune')[0]?.query.text).toContain('FROM alert_commune AS c')
    expect(readQueries('indicators').map((query) => query.label)).toEqual(['breakdown', 'delays', 'pressure'])
    expect(readQueries('collection-bbox')[0]?.query.values).toEqual([2.75, 50.4, 2.86, 50.47, 10_001])
    expect(readQueries('badges')[0]?.query.text).toContain('alert_badge_count')
    expect(readQueries('unknown')).toEqual([])
  })
})
