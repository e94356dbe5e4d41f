import type { ErbmPhase, ErbmSortKey, ErbmVerdict } from '@heritage-watch/shared'

// The dashboard's filter and sort as the query of GET /erbm/cites, and its column-header behaviour.

export interface ErbmFilter {
  /** A phase, or 'aucune' for cités with no phase begun; '' for any. */
  phase: ErbmPhase | 'aucune' | ''
  priorite: 'oui' | 'non' | 'inconnue' | ''
  verdict: ErbmVerdict | ''
  commune: string
  q: string
}

export interface ErbmSort {
  key: ErbmSortKey
  descending: boolean
}

export const EMPTY_ERBM_FILTER: ErbmFilter = { phase: '', priorite: '', verdict: '', commune: '', q: '' }
export const DEFAULT_ERBM_SORT: ErbmSort = { key: 'nom', descending: false }

/** The query string: only the filters given, then the sort. */
export function erbmQuery(filter: ErbmFilter, sort: ErbmSort): URLSearchParams {
  const query = new URLSearchParams()
  for (const key of ['phase', 'priorite', 'verdict', 'commune', 'q'] as const) {
    const value = filter[key].trim()
    if (value) query.set(key, value)
  }
  query.set('sort', `${sort.descending ? '-' : ''}${sort.key}`)
  return query
}

/** `/erbm/cites?…&f=csv`: the lines the filter shows, as the CSV the Mission's spreadsheets read. */
export function erbmCsvUrl(apiBaseUrl: string, filter: ErbmFilter, sort: ErbmSort): string {
  const query = erbmQuery(filter, sort)
  query.set('f', 'csv')
  return `${apiBaseUrl}/erbm/cites?${query}`
}

/** A click on a header: the same column flips; another starts descending for dates, scores and counts. */
export function nextErbmSort(current: ErbmSort, key: ErbmSortKey): ErbmSort {
  if (current.key === key) return { key, descending: !current.descending }
  return { key, descending: key === 'avis' || key === 'score' || key === 'alertes' || key === 'logements' }
}
