/** How many results the search box shows first (issue #3). */
const FIRST_PAGE_SIZE = 10
/** How many each page of "voir tout" holds: the API's largest page. */
const FULL_PAGE_SIZE = 50

/**
 * The results a page of the search box asks for: page 0 the first few, pages 1 and on ("voir tout")
 * the API's largest pages, one after the other from the first result.
 * @example searchPage(0) // { limit: 10, offset: 0 }
 * @example searchPage(2) // { limit: 50, offset: 50 }
 */
export function searchPage(page: number): { limit: number; offset: number } {
  if (page <= 0) return { limit: FIRST_PAGE_SIZE, offset: 0 }
  return { limit: FULL_PAGE_SIZE, offset: (page - 1) * FULL_PAGE_SIZE }
}
