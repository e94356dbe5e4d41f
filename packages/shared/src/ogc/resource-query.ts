import { z } from 'zod'
import type { CollectionDefinition } from '../catalog/types.ts'
import { CRS84 } from './crs.ts'
import { CrsValueSchema, FormatValueSchema } from './query-values.ts'

// The queries of single resources. Like the items, they refuse what they do not take: a typo such as
// `?limt=5` on a feature fails instead of being ignored.

/** A resource offered as JSON and HTML that takes nothing but `f` (landing page, collections, …). */
export const ResourceQuerySchema = z.strictObject({ f: FormatValueSchema.optional() })
export type ResourceQuery = z.output<typeof ResourceQuerySchema>

/** One feature: `f` and the CRS of its geometry (CRS84 by default). */
export const FeatureQuerySchema = z
  .strictObject({
    crs: CrsValueSchema.meta({
      description: 'CRS de la géométrie renvoyée (en-tête Content-Crs)',
    }).optional(),
    f: FormatValueSchema.optional(),
  })
  .transform((query) => ({ ...query, crs: query.crs ?? CRS84 }))
export type FeatureQuery = z.output<typeof FeatureQuerySchema>

/** A resource that takes no query parameter at all (accounts, tiles, the event stream). */
export const NoQuerySchema = z.strictObject({})

/**
 * `{featureId}` of one collection. The pattern documents the ids that can exist; an id outside it
 * names no feature, which the service answers 404 (OGC API - Features Part 1 §7.5.1), so it is not
 * checked here.
 * @param collection its id pattern and an example
 */
export function featureParamsSchema(
  collection: Pick<CollectionDefinition, 'featureIdPattern' | 'featureIdExample'>,
) {
  return z.object({
    featureId: z.string().meta({
      description: `Identifiant (ex. ${collection.featureIdExample})`,
      pattern: collection.featureIdPattern,
    }),
  })
}

/** A JSON Schema of queryables (OGC API - Features Part 3), as `/collections/{id}/queryables` answers. */
export const QueryablesSchema = z.looseObject({
  type: z.string(),
  properties: z.record(z.string(), z.unknown()),
})

/** The OpenAPI document `/api` answers, checked only for its frame. */
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  paths: z.record(z.string(), z.unknown()),
})
