import { ALERT_SORT_KEYS, type AlertStatus } from '@heritage-watch/shared'

export type AlertSortKey = (typeof ALERT_SORT_KEYS)[number]

/** The officers' desk filter, as its form holds it: '' means "any". */
export interface AlertFilter {
  statuses: AlertStatus[]
  severity: string
  category: string
  commune: string
  /** A collection id: alerts on a feature of that layer. */
  collection: string
  /** '' (anyone), 'none', 'me' or an account id. */
  assignee: string
  /** Observed on or after / on or before, YYYY-MM-DD. */
  from: string
  to: string
  q: string
}

export interface AlertSort {
  key: AlertSortKey
  descending: boolean
}

export const EMPTY_ALERT_FILTER: AlertFilter = {
  statuses: [],
  severity: '',
  category: '',
  commune: '',
  collection: '',
  assignee: '',
  from: '',
  to: '',
  q: '',
}

/** Newest observations first: what an officer looks at in the morning. */
export const DEFAULT_ALERT_SORT: AlertSort = { key: 'observedOn', descending: true }

/**
 * The `datetime` parameter on the observed date: one day, or an interval with `..` for an open end
 * (the OGC API's own notation).
 */
export function observedInterval(from: string, to: string): string | undefined {
  if (from && to) return from === to ? from : `${from}/${to}`
  if (from) return `${from}/..`
  if (to) return `../${to}`
  return undefined
}

/**
 * The query of `GET /alerts` for a filter and a sort; the exports add `f` to the same query, so that
 * they hold exactly what the table shows.
 * @example alertQuery({ ...EMPTY_ALERT_FILTER, statuses: ['nouvelle'] }, DEFAULT_ALERT_SORT).toString()
 *   // 'status=nouvelle&sort=-observedOn'
 */
export function alertQuery(filter: AlertFilter, sort: AlertSort): URLSearchParams {
  const query = new URLSearchParams()
  const set = (name: string, value: string | undefined) => {
    const trimmed = value?.trim()
    if (trimmed) query.set(name, trimmed)
  }
  set('status', filter.statuses.join(','))
  set('severity', filter.severity)
  set('category', filter.category)
  set('commune', filter.commune)
  set('collection', filter.collection)
  set('assignee', filter.assignee)
  set('datetime', observedInterval(filter.from, filter.to))
  set('q', filter.q)
  query.set('sort', `${sort.descending ? '-' : ''}${sort.key}`)
  return query
}

/** `/alerts?…&limit=&offset=`, one page of the table. */
export function alertListUrl(
  apiBaseUrl: string,
  filter: AlertFilter,
  sort: AlertSort,
  page: { limit: number; offset: number },
): string {
  const query = alertQuery(filter, sort)
  query.set('limit', String(page.limit))
  query.set('offset', String(page.offset))
  return `${apiBaseUrl}/alerts?${query}`
}

/** `/alerts?…&f=csv|geojson`: every match of the filter, not one page. */
export function alertExportUrl(
  apiBaseUrl: string,
  filter: AlertFilter,
  sort: AlertSort,
  format: 'csv' | 'geojson',
): string {
  const query = alertQuery(filter, sort)
  query.set('f', format)
  return `${apiBaseUrl}/alerts?${query}`
}

/** The sort a click on a column header gives: the same column flips, another starts descending for dates. */
export function nextSort(current: AlertSort, key: AlertSortKey): AlertSort {
  if (current.key === key) return { key, descending: !current.descending }
  return { key, descending: key === 'observedOn' || key === 'createdAt' || key === 'updatedAt' }
}
