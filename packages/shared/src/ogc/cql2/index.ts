import type { SupportedCrs } from '../crs.ts'
import { Cql2Error, type Predicate } from './ast.ts'
import { type Cql2Queryables, checkCql2 } from './check.ts'
import { parseCql2Json } from './json-parser.ts'
import { parseCql2Text } from './text-parser.ts'

export * from './ast.ts'
export type { Cql2Kind, Cql2Queryables } from './check.ts'

/**
 * `filter-lang` values. `cql-text` is the pre-standard name that GDAL 3.6's OAPIF driver sends (and
 * looks for in the OpenAPI document before it sends any filter); what it writes is CQL2 text.
 */
export const FILTER_LANGUAGES = ['cql2-text', 'cql2-json', 'cql-text'] as const
export type FilterLanguage = (typeof FILTER_LANGUAGES)[number]

/** A filter as read and checked: the items SQL builds its condition from this. */
export interface Cql2Filter {
  predicate: Predicate
  /** The CRS of the filter's geometry literals (filter-crs). */
  crs: SupportedCrs
}

/**
 * Reads a `filter` in its language and holds it to the queryables.
 * @throws Cql2Error with the position (text) or JSON path of the first problem
 * @example readCql2Filter("numero = '74A'", 'cql2-text', { numero: 'string' }, CRS84)
 */
export function readCql2Filter(
  raw: string,
  language: FilterLanguage,
  queryables: Cql2Queryables,
  crs: SupportedCrs,
): Cql2Filter {
  const predicate = language === 'cql2-json' ? parseCql2Json(raw) : parseCql2Text(raw)
  return { predicate: checkCql2(predicate, queryables, crs), crs }
}

export { Cql2Error }
