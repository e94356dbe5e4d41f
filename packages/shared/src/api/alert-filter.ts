import type { AlertStatus } from './alert-values.ts'
import type { ALERT_SORT_KEYS } from './alerts.ts'

// The filter and sort of `GET /alerts` (and of its CSV and GeoJSON exports) as a client holds them, defined
// once for every client (issue #9). No zod here: the web app's first bundle imports this file.

/** A column `GET /alerts` can sort on (`sort=key`, or `sort=-key` for descending). */
export type AlertSortKey = (typeof ALERT_SORT_KEYS)[number]

/** One sort term of `GET /alerts`. */
export interface AlertSort {
  key: AlertSortKey
  descending: boolean
}

/** The filter of `GET /alerts` as a form holds it: '' (or an empty list) means "any". */
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

/** The filter that keeps every alert. */
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

/**
 * Newest observations first: what an officer looks at in the morning, and what `GET /alerts` does
 * without `sort`.
 */
export const DEFAULT_ALERT_SORT: AlertSort = { key: 'observedOn', descending: true }

/**
 * The `datetime` parameter on the observed date: one day, or an interval with `..` for an open end
 * (the OGC API's own notation).
 * @param from first day, YYYY-MM-DD, or ''
 * @param to last day, YYYY-MM-DD, or ''
 * @returns the parameter, or undefined when both ends are open
 * @example observedInterval('2026-01-01', '') // '2026-01-01/..'
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
 * @param filter what to keep; blank fields are left out
 * @param sort the order
 * @returns the query parameters (without paging)
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
