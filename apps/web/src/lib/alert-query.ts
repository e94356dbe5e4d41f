import { type AlertFilter, type AlertSort, type AlertSortKey, alertQuery } from '@heritage-watch/shared'

// The filter, the sort and their query are the shared contract (packages/shared api/alert-filter.ts);
// here are the desk's URLs and its column-header behaviour.

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
