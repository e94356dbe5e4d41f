import { z } from 'zod'
import { LinkSchema } from './link.ts'

const BboxSchema = z.union([
  z.tuple([z.number(), z.number(), z.number(), z.number()]),
  z.array(z.number()).length(6),
])

export const ExtentSchema = z.object({
  spatial: z.object({ bbox: z.array(BboxSchema), crs: z.string() }),
  temporal: z
    .object({ interval: z.array(z.tuple([z.string().nullable(), z.string().nullable()])), trs: z.string() })
    .optional(),
})

/**
 * One file a public collection was loaded from. A feature's `source` property is this `id`; the full
 * provenance (producer, dataset, where to find it, licence) is said here once, not on every feature.
 */
export const CollectionSourceSchema = z.object({
  id: z.string(),
  producer: z.string(),
  dataset: z.string(),
  url: z.string(),
  licence: z.object({ name: z.string(), url: z.string() }),
})
export type CollectionSource = z.infer<typeof CollectionSourceSchema>

export const CollectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  /** Title and description in English, for the web app's second language. */
  titleEn: z.string(),
  descriptionEn: z.string(),
  group: z.string(),
  attribution: z.string(),
  links: z.array(LinkSchema),
  /** The public collections' sources, which their features' `source` ids name (absent on private ones). */
  sources: z.array(CollectionSourceSchema).optional(),
  extent: ExtentSchema.optional(),
  itemType: z.literal('feature'),
  crs: z.array(z.string()),
  storageCrs: z.string(),
  /** Number of features, so that clients can show counts without fetching them. */
  numberOfFeatures: z.number().int().nonnegative(),
})
export type Collection = z.infer<typeof CollectionSchema>

export const CollectionsSchema = z.object({
  links: z.array(LinkSchema),
  collections: z.array(CollectionSchema),
})
export type Collections = z.infer<typeof CollectionsSchema>
