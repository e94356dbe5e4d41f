import { z } from 'zod'

import { BASEMAP_GROUPS, BASEMAP_ID_PATTERN } from './basemap-values.ts'

/**
 * The raster basemaps a server offers (`GET /config/basemaps`, issue 11 §1). The offline background is
 * not listed: it is the web app's own style, always there, and what the map falls back to.
 * - `current`: today's maps and imagery (Plan IGN, IGN orthophotos, OpenStreetMap);
 * - `historical`: one entry per year (or span) of historical orthophotos, drawn over today's imagery
 *   with an opacity and a swipe.
 */
export const BasemapSchema = z.object({
  id: z.string().regex(BASEMAP_ID_PATTERN),
  group: z.enum(BASEMAP_GROUPS),
  /** A proper name (Plan IGN, OpenStreetMap) or a year span (1949–1955): the same in every language. */
  label: z.string().min(1),
  /** MapLibre raster tile URL templates: `{z}/{x}/{y}`, or `{bbox-epsg-3857}` for a WMS GetMap. */
  tiles: z.array(z.string().url()).min(1),
  tileSize: z.number().int().positive(),
  maxzoom: z.number().int().min(0).max(24),
  attribution: z.object({ text: z.string().min(1), url: z.string().url() }),
})
export type Basemap = z.infer<typeof BasemapSchema>

export const BasemapsSchema = z.object({
  basemaps: z.array(BasemapSchema),
  /** The `current` basemap that historical photos are compared with (the IGN orthophotos by default). */
  compareWith: z.string().regex(BASEMAP_ID_PATTERN).nullable(),
})
export type Basemaps = z.infer<typeof BasemapsSchema>
