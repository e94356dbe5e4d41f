import type { Basemap } from '@heritage-watch/shared'
import type { LayerSpecification, RasterSourceSpecification } from 'maplibre-gl'
import type { BasemapStack } from '../../lib/basemap-choice.ts'
import { BASEMAP_SOURCE_ID, BASEMAP_UNDER_SOURCE_ID } from '../ids.ts'

/** A basemap's raster source, as the server's list describes it. */
export function rasterSource(basemap: Basemap): RasterSourceSpecification {
  return { type: 'raster', tiles: basemap.tiles, tileSize: basemap.tileSize, maxzoom: basemap.maxzoom }
}

/** What a choice adds to the map, bottom first; source and layer ids are the same. */
export interface BasemapStyle {
  sources: Array<[string, RasterSourceSpecification]>
  layers: LayerSpecification[]
}

// Today's maps are slightly faded and greyed, so that the heritage layers stay readable over them.
const FADED = { 'raster-opacity': 0.75, 'raster-saturation': -0.4 } as const

/**
 * The raster layers of a choice: a current basemap faded; a historical one at the chosen opacity over
 * today's imagery (hidden while the swipe shows it in its own map); nothing for the offline background.
 * @param opacity of a historical basemap, 0 to 1
 */
export function basemapStyle(
  stack: BasemapStack | undefined,
  { opacity, swipe }: { opacity: number; swipe: boolean },
): BasemapStyle {
  if (!stack) return { sources: [], layers: [] }
  const style: BasemapStyle = { sources: [], layers: [] }
  if (stack.under) {
    style.sources.push([BASEMAP_UNDER_SOURCE_ID, rasterSource(stack.under)])
    style.layers.push({ id: BASEMAP_UNDER_SOURCE_ID, type: 'raster', source: BASEMAP_UNDER_SOURCE_ID })
  }
  const historical = stack.top.group === 'historical'
  style.sources.push([BASEMAP_SOURCE_ID, rasterSource(stack.top)])
  style.layers.push({
    id: BASEMAP_SOURCE_ID,
    type: 'raster',
    source: BASEMAP_SOURCE_ID,
    layout: { visibility: historical && swipe ? 'none' : 'visible' },
    paint: historical ? { 'raster-opacity': opacity } : FADED,
  })
  return style
}
