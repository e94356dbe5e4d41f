/**
 * The shared zod schemas, loaded on first use: the map draws before any answer needs parsing, so zod
 * stays out of the first bundle (issue #3's 400 KB target).
 */
export function loadContracts() {
  return import('@heritage-watch/shared/schemas')
}
