import type { AlertSeverity, Geometry } from '@heritage-watch/shared'
import { Map as MapLibreMap } from 'maplibre-gl'
import { type RefObject, useEffect } from 'react'
import { geometryBoundingBox } from '../lib/geometry-bbox.ts'
import { alertMiniMapStyle } from '../map/alert-mini-map-style.ts'
import { FIT_MAX_ZOOM } from '../map/default-view.ts'
import { drawMapImage } from '../map/map-images.ts'

/** Pixels kept around the alert's geometry in its small map. */
const PADDING = 24

/**
 * A small, still MapLibre map of an alert's place in `container`, styled like the main map: fitted to the
 * geometry (a pin at the main map's closest fit zoom), without controls or interaction; removed with the
 * component.
 */
export function useAlertMiniMap(
  container: RefObject<HTMLDivElement | null>,
  mainMap: MapLibreMap | null,
  geometry: Geometry | null,
  severity: AlertSeverity,
): void {
  useEffect(() => {
    const element = container.current
    const box = geometryBoundingBox(geometry)
    if (!element || !mainMap || !geometry || !box) return
    const map = new MapLibreMap({
      container: element,
      style: alertMiniMapStyle(mainMap.getStyle(), geometry, severity),
      bounds: [
        [box[0], box[1]],
        [box[2], box[3]],
      ],
      fitBoundsOptions: { padding: PADDING, maxZoom: FIT_MAX_ZOOM },
      interactive: false,
      attributionControl: false,
      maplibreLogo: false,
      fadeDuration: 0,
    })
    map.on('styleimagemissing', ({ id }: { id: string }) => {
      const image = drawMapImage(id)
      if (image && !map.hasImage(id)) map.addImage(id, image.data, { pixelRatio: image.pixelRatio })
    })
    return () => map.remove()
  }, [container, mainMap, geometry, severity])
}
