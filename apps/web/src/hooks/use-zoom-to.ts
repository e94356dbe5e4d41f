import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl'
import { useCallback } from 'react'
import type { BoundingBox } from '../lib/geometry-bbox.ts'
import { FIT_MAX_ZOOM, FIT_PADDING } from '../map/default-view.ts'
import { WIDE_SCREEN } from './use-media-query.ts'

/** Share of a narrow map covered by the record sheet, kept free when fitting. */
const SHEET_SHARE = 0.6

function paddingFor(map: MapLibreMap): PaddingOptions {
  const height = map.getContainer().clientHeight
  // On a narrow screen the record opens as a sheet over the lower 60 % of the map (layout.css).
  const sheet = window.matchMedia(WIDE_SCREEN).matches ? 0 : Math.round(height * SHEET_SHARE)
  return { top: FIT_PADDING, right: FIT_PADDING, left: FIT_PADDING, bottom: FIT_PADDING + sheet }
}

/**
 * A function that moves the map to show a bounding box (padding kept, zoom at most 16), animated unless
 * `animate` is false or the user prefers reduced motion (MapLibre then jumps).
 */
export function useZoomTo(
  map: MapLibreMap | null,
): (box: BoundingBox, options?: { animate?: boolean }) => void {
  return useCallback(
    (box, { animate = true } = {}) => {
      if (!map) return
      // A panel may have just opened beside the map: measure the container before fitting into it.
      map.resize()
      map.fitBounds(
        [
          [box[0], box[1]],
          [box[2], box[3]],
        ],
        { padding: paddingFor(map), maxZoom: FIT_MAX_ZOOM, animate, duration: animate ? 900 : 0 },
      )
    },
    [map],
  )
}
