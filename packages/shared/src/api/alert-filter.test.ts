import { describe, expect, it } from 'vitest'
import { alertQuery, DEFAULT_ALERT_SORT, EMPTY_ALERT_FILTER, observedInterval } from './alert-filter.ts'

describe('alertQuery', () => {
  it('writes only the filters that are set, statuses as one list', () => {
    const query = alertQuery(
      { ...EMPTY_ALERT_FILTER, statuses: ['nouvelle', 'en_cours'], commune: ' Liévin ', assignee: 'none' },
      DEFAULT_ALERT_SORT,
    )
    expect(Object.fromEntries(query)).toEqual({
      status: 'nouvelle,en_cours',
      commune: 'Liévin',
      assignee: 'none',
      sort: '-observedOn',
    })
  })
})

describe('observedInterval', () => {
  it('writes a day, a closed interval or an open end', () => {
    expect(observedInterval('2026-01-01', '2026-01-01')).toBe('2026-01-01')
    expect(observedInterval('2026-01-01', '2026-02-01')).toBe('2026-01-01/2026-02-01')
    expect(observedInterval('2026-01-01', '')).toBe('2026-01-01/..')
    expect(observedInterval('', '2026-02-01')).toBe('../2026-02-01')
    expect(observedInterval('', '')).toBeUndefined()
  })
})
