import { z } from 'zod'

/**
 * `GET /alerts?f=geojson`: every match as a FeatureCollection, each alert's summary as its properties
 * (nested as in the JSON list, unlike the flat properties of the OGC collection).
 */
export const AlertExportSchema = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.looseObject({ type: z.literal('Feature'), properties: z.record(z.string(), z.unknown()) }),
  ),
})
