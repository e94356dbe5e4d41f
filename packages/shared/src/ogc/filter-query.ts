import type { z } from 'zod'
import type { CollectionDefinition } from '../catalog/types.ts'
import { CRS84 } from './crs.ts'
import {
  Cql2Error,
  type Cql2Filter,
  type Cql2Queryables,
  FILTER_LANGUAGES,
  type FilterLanguage,
  readCql2Filter,
} from './cql2/index.ts'
import { CrsValueSchema, onceText } from './query-values.ts'
import type { SupportedCrs } from './crs.ts'

// `filter`, `filter-lang` and `filter-crs` of OGC API - Features Part 3, shared by the public
// collections' items and the private ones (alertes, constats).

/** The temporal queryable of a dated collection: its span, from its start to its end property. */
export const TEMPORAL_QUERYABLE = 'datetime'

export const FILTER_SHAPE = {
  filter: onceText()
    .meta({
      description:
        "Filtre CQL2 (OGC API - Features Part 3) sur les propriétés filtrables (/queryables), par ex. numero = '74A'",
    })
    .optional(),
  'filter-lang': onceText()
    .refine((raw) => (FILTER_LANGUAGES as readonly string[]).includes(raw), {
      error: (issue) => `must be one of ${FILTER_LANGUAGES.join(', ')}, got "${String(issue.input)}"`,
    })
    .meta({
      type: 'string',
      enum: [...FILTER_LANGUAGES],
      default: 'cql2-text',
      description: 'Langage du filtre : cql2-text (défaut) ou cql2-json ; cql-text est lu comme cql2-text',
    } as Record<string, unknown>)
    .optional(),
  'filter-crs': CrsValueSchema.meta({
    description: 'CRS des géométries du filtre (CRS84 par défaut)',
  }).optional(),
}

/** The queryables of a public collection, by name: its filterable properties, its geometry, its span. */
export function collectionQueryables(collection: CollectionDefinition): Cql2Queryables {
  return {
    ...Object.fromEntries(collection.properties.filter((p) => p.filter).map((p) => [p.name, p.kind])),
    geometry: 'geometry',
    ...(collection.temporal ? { [TEMPORAL_QUERYABLE]: 'temporal' } : {}),
  }
}

/**
 * Reads the filter parameters of a validated query; a refusal is an issue on `filter`.
 * @returns undefined without a filter (filter-lang and filter-crs alone change nothing)
 */
export function readFilterParameters(
  query: { filter?: string; 'filter-lang'?: string; 'filter-crs'?: SupportedCrs },
  queryables: Cql2Queryables,
  context: z.RefinementCtx,
): Cql2Filter | undefined {
  if (query.filter === undefined) return undefined
  const language = (query['filter-lang'] ?? 'cql2-text') as FilterLanguage
  try {
    return readCql2Filter(query.filter, language, queryables, query['filter-crs'] ?? CRS84)
  } catch (error) {
    if (!(error instanceof Cql2Error)) throw error
    context.addIssue({ code: 'custom', path: ['filter'], message: `${language}: ${error.message}` })
    return undefined
  }
}
