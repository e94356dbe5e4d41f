import { z } from 'zod'
import { PROTECTION_REGIMES, RELATIONS } from './feature-context-values.ts'

export const ProtectionSchema = z.object({
  regime: z.enum(PROTECTION_REGIMES),
  /** Short status in French, e.g. "dans le bien", "en partie (11,1 %)", "Inscrit MH". */
  status: z.string(),
  /** How it was established, e.g. "intersecte la composante 63" or the classification method. */
  detail: z.string().optional(),
  /** The feature that carries the protection, when it is another one (component, terril, cité ERBM). */
  via: z.object({ collection: z.string(), id: z.string(), label: z.string() }).optional(),
  /** `status` and `detail` in English, for English screens (issue #11 §7). */
  en: z.object({ status: z.string(), detail: z.string().optional() }).optional(),
})
export type Protection = z.infer<typeof ProtectionSchema>

export const RelatedFeatureSchema = z.object({
  relation: z.enum(RELATIONS),
  collection: z.string(),
  id: z.string(),
  label: z.string(),
  /** Metres between the two geometries (0 when they touch), null where distance is meaningless. */
  distanceM: z.number().nonnegative().nullable(),
})
export type RelatedFeature = z.infer<typeof RelatedFeatureSchema>

/** `GET /collections/{collectionId}/items/{featureId}/context`: what protects a feature and what is near it. */
export const FeatureContextSchema = z.object({
  collection: z.string(),
  id: z.string(),
  protections: z.array(ProtectionSchema),
  related: z.array(RelatedFeatureSchema),
})
export type FeatureContext = z.infer<typeof FeatureContextSchema>
