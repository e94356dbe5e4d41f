import { z } from 'zod'
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
