import type { SearchResponse, SearchResult } from '@heritage-watch/shared'

/** One option of the search list box: a result to open, or a way through the pages ("voir tout"). */
export type SearchOption =
  | { kind: 'result'; result: SearchResult }
  | { kind: 'more'; page: number; total: number }
  | { kind: 'previous'; page: number }

/**
 * The options the search box lists for an answer: its results, then "voir tout" (from the first page)
 * or "suivants" when more results follow, then "précédents" on a page after the second.
 * @param page the page the answer is for (0 the first results, 1 and on "voir tout")
 */
export function searchOptions(answer: SearchResponse | null, page: number): SearchOption[] {
  if (!answer) return []
  const options: SearchOption[] = answer.results.map((result) => ({ kind: 'result', result }))
  if (answer.nextOffset !== null) options.push({ kind: 'more', page: page + 1, total: answer.total })
  if (page > 1) options.push({ kind: 'previous', page: page - 1 })
  return options
}

/** A key for an option, stable across renders. */
export function searchOptionKey(option: SearchOption): string {
  if (option.kind !== 'result') return option.kind
  const { result } = option
  return result.type === 'address' ? `address/${result.id}` : `${result.collection}/${result.id}`
}
