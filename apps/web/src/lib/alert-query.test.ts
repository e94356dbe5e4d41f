import { DEFAULT_ALERT_SORT, EMPTY_ALERT_FILTER } from '@heritage-watch/shared'
import { describe, expect, it } from 'vitest'
import { alertExportUrl, alertListUrl, nextSort } from './alert-query.ts'

describe('alert URLs', () => {
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
