import { describe, expect, it } from 'vitest'
import {
  alertExportUrl,
  alertListUrl,
  alertQuery,
  DEFAULT_ALERT_SORT,
  EMPTY_ALERT_FILTER,
  nextSort,
  observedInterval,
} from './alert-query.ts'

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

  it('gives the exports the same filter as the table, without paging', () => {
    const filter = { ...EMPTY_ALERT_FILTER, severity: 'high', collection: 'terrils' }
    const sort = { key: 'title', descending: false } as const
    expect(alertListUrl('', filter, sort, { limit: 50, offset: 100 })).toBe(
      '/alerts?severity=high&collection=terrils&sort=title&limit=50&offset=100',
    )
    expect(alertExportUrl('https://api.example.org', filter, sort, 'csv')).toBe(
      'https://api.example.org/alerts?severity=high&collection=terrils&sort=title&f=csv',
    )
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

describe('nextSort', () => {
  it('flips the same column and starts dates newest first', () => {
    expect(nextSort(DEFAULT_ALERT_SORT, 'observedOn')).toEqual({ key: 'observedOn', descending: false })
    expect(nextSort(DEFAULT_ALERT_SORT, 'title')).toEqual({ key: 'title', descending: false })
    expect(nextSort({ key: 'title', descending: false }, 'updatedAt')).toEqual({
      key: 'updatedAt',
      descending: true,
    })
  })
})
