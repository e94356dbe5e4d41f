import { describe, expect, it } from 'vitest'
import { readQueries } from './explain.ts'

describe('the SQL behind the scale reads', () => {
  it('is built by the API: the desk counts from the per-day counts, two filters count the alerts', () => {
    const [count, page] = readQueries('desk')
    expect(count?.query.text).toContain('alert_day_count')
    expect(page?.query.text).toMatch(/ORDER BY a\.observed_on DESC, a\.number DESC LIMIT/)
    expect(readQueries('desk-filtered')[0]?.query.text).toMatch(
      /^SELECT count\(\*\)::int AS count FROM alert AS a WHERE/,
    )
    expect(readQueries('collection-bbox')[0]?.query.values).toEqual([2.75, 50.4, 2.86, 50.47])
    expect(readQueries('badges')[0]?.query.text).toContain('alert_badge_count')
    expect(readQueries('unknown')).toEqual([])
  })
})
