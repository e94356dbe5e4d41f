import { z } from 'zod'
import { LinkSchema } from './link.ts'

const PositionSchema = z.array(z.number()).min(2).max(3)

/** RFC 7946 geometries; `null` is allowed for the one source feature that has none. */
export const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: PositionSchema }),
  z.object({ type: z.literal('MultiPoint'), coordinates: z.array(PositionSchema) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(PositionSchema).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(PositionSchema).min(2)) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(PositionSchema).min(4)) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(z.array(PositionSchema).min(4))),
  }),
])
export type Geometry = z.infer<typeof GeometrySchema>

export const PropertyValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.null(),
])

export const FeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: GeometrySchema.nullable(),
  properties: z.record(z.string(), PropertyValueSchema),
  links: z.array(LinkSchema).optional(),
})
export type Feature = z.infer<typeof FeatureSchema>

export const FeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(FeatureSchema),
  numberMatched: z.number().int().nonnegative(),
  numberReturned: z.number().int().nonnegative(),
  timeStamp: z.string(),
  links: z.array(LinkSchema),
})
export type FeatureCollection = z.infer<typeof FeatureCollectionSchema>

/**
 * A page of a private collection (`alertes`, `constats`). numberMatched is optional there, as OGC API -
 * Features allows: the alerts collection leaves it out past 10,000 matches (issue 12 §4).
 */
export const PrivateFeatureCollectionSchema = FeatureCollectionSchema.extend({
  numberMatched: z.number().int().nonnegative().optional(),
})
export type PrivateFeatureCollection = z.infer<typeof PrivateFeatureCollectionSchema>
