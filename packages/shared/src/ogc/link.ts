import { z } from 'zod'

export const LinkSchema = z.object({
  href: z.string(),
  rel: z.string(),
  type: z.string().optional(),
  title: z.string().optional(),
  hreflang: z.string().optional(),
})
export type Link = z.infer<typeof LinkSchema>

/** Media types used by the API. */
export const MEDIA_TYPES = {
  json: 'application/json',
  geojson: 'application/geo+json',
  html: 'text/html',
  openapi: 'application/vnd.oai.openapi+json;version=3.0',
  jsonSchema: 'application/schema+json',
  problem: 'application/problem+json',
} as const
