import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl'
import { useEffect, useLayoutEffect, useRef } from 'react'
import type { BasemapStack } from '../lib/basemap-choice.ts'
import { FIRST_TILE_TIMEOUT_MS, HEALTHY, nextHealth, type BasemapTileEvent } from '../lib/basemap-health.ts'
import { BACKGROUND_LAYER_ID, BASEMAP_SOURCE_ID, BASEMAP_UNDER_SOURCE_ID } from '../map/ids.ts'
import { basemapStyle } from '../map/layers/basemap-layers.ts'
import { MAP_LAYERS } from '../map/layers/registry.ts'

const BASEMAP_IDS = [BASEMAP_SOURCE_ID, BASEMAP_UNDER_SOURCE_ID]

/** The plain fills (bassin, départements) that would hide a raster basemap under the data. */
const BACKDROP_IDS = MAP_LAYERS.flatMap((layer) => layer.backdropLayerIds)

function removeBasemap(map: MapLibreMap): void {
  for (const id of BASEMAP_IDS) {
    if (map.getLayer(id)) map.removeLayer(id)
    if (map.getSource(id)) map.removeSource(id)
  }
}

/**
 * Backdrop fills go transparent under a basemap rather than hidden: the layer toggles own visibility
 * (use-layer-visibility.ts) and would show them again.
 */
function setBackdrops(map: MapLibreMap, under: boolean, saved: Map<string, unknown>): void {
  for (const id of BACKDROP_IDS) {
    if (!map.getLayer(id)) continue
    if (!saved.has(id)) saved.set(id, map.getPaintProperty(id, 'fill-opacity') ?? 1)
    map.setPaintProperty(id, 'fill-opacity', under ? 0 : saved.get(id))
  }
}

/**
 * Draws the chosen basemap just above the plain background and watches its tiles: when the service
 * does not answer (errors, or no tile before the timeout), `onFailed` is called once, and the caller
 * goes back to the offline background.
 * @param stack what to draw; undefined for the offline background
 */
export function useBasemapLayers(
  map: MapLibreMap,
  stack: BasemapStack | undefined,
  look: { opacity: number; swipe: boolean },
  onFailed: () => void,
): void {
  const failed = useRef(onFailed)
  const current = useRef(look)
  useEffect(() => {
    failed.current = onFailed
    current.current = look
  })
  const savedBackdrops = useRef(new Map<string, unknown>())

  useLayoutEffect(() => {
    removeBasemap(map)
    setBackdrops(map, stack !== undefined, savedBackdrops.current)
    if (!stack) return
    const style = basemapStyle(stack, current.current)
    for (const [id, source] of style.sources) map.addSource(id, source)
    const above = map.getStyle().layers.find((layer) => layer.id !== BACKGROUND_LAYER_ID)?.id
    for (const layer of style.layers) map.addLayer(layer, above)

    let health = HEALTHY
    const step = (event: BasemapTileEvent) => {
      const next = nextHealth(health, event)
      if (next.failed && !health.failed) failed.current()
      health = next
    }
    const ours = (id: string | undefined) => id !== undefined && BASEMAP_IDS.includes(id)
    const onData = (event: MapSourceDataEvent) => {
      if (ours(event.sourceId) && event.tile) step('tile-loaded')
    }
    const onError = (event: ErrorEvent & { sourceId?: string }) => {
      if (ours(event.sourceId)) step('tile-error')
    }
    const timer = window.setTimeout(() => step('timeout'), FIRST_TILE_TIMEOUT_MS)
    map.on('sourcedata', onData)
    map.on('error', onError)
    return () => {
      window.clearTimeout(timer)
      map.off('sourcedata', onData)
      map.off('error', onError)
    }
  }, [map, stack])

  useLayoutEffect(() => {
    if (!map.getLayer(BASEMAP_SOURCE_ID) || stack?.top.group !== 'historical') return
    map.setPaintProperty(BASEMAP_SOURCE_ID, 'raster-opacity', look.opacity)
    map.setLayoutProperty(BASEMAP_SOURCE_ID, 'visibility', look.swipe ? 'none' : 'visible')
  }, [map, stack, look.opacity, look.swipe])
}
