import 'maplibre-gl/dist/maplibre-gl.css'
import {
  type ErrorEvent,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerCount,
} from 'maplibre-gl'
import { use, useEffect, useLayoutEffect, useRef } from 'react'
import { env } from '../env.ts'
import type { MapViewState } from '../lib/url-state.ts'
import { DEFAULT_BOUNDS, FIT_PADDING } from './default-view.ts'
import { spaceFirstViewFrames } from './first-view-frames.ts'
import { BASEMAP_SOURCE_ID, MAP_IMAGE_IDS } from './ids.ts'
import { MapContext } from './map-context.ts'
import { drawMapImage } from './map-images.ts'
import { settlePlacementInOneFrame } from './settled-placement.ts'
import { buildStyle } from './style.ts'

// MapLibre starts half as many tile workers as the machine has cores: one on a 2-core laptop, which then
// parses the tiles of every source in turn. Two or more keep the first view from waiting on one worker.
setWorkerCount(Math.max(2, Math.min(4, navigator.hardwareConcurrency || 2)))
// Start those workers now, while React renders the page: each first parses MapLibre's worker code, which
// otherwise happened only after the map was created, before its first tile request (issue 12).
prewarm()

interface MapViewProps {
  /** Where to open; undefined opens on the whole bassin minier. */
  initialView: MapViewState | undefined
  /** Registry ids of the layers visible at start (later changes go through use-layer-visibility). */
  initialVisibleLayers: ReadonlySet<string>
  /** MapLibre's own control texts, in the shown language at start. */
  locale: Record<string, string>
  /** Told when a source (TileJSON or tiles) fails, from the very first request on. */
  onSourceError: (sourceId: string) => void
}

/**
 * The map: created once with the style built from the layer registry, then shared through MapContext
 * when loaded. Test contract (issue #3): `data-testid="map"`, `data-map-idle` ("true" on each `idle`,
 * "false" on `movestart` and `dataloading`), and `window.heritageWatchMap`.
 */
export function MapView({ initialView, initialVisibleLayers, locale, onSourceError }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null)
  const { setMap } = use(MapContext)
  // The first render's props create the map; later ones must not re-create it.
  const initial = useRef({ initialView, initialVisibleLayers, locale })
  const reportSourceError = useRef(onSourceError)
  useEffect(() => {
    reportSourceError.current = onSourceError
  })

  // Before the browser paints the page: the map's style, workers and first tile requests start one
  // frame earlier than from a passive effect, which React runs after that paint (issue 12).
  useLayoutEffect(() => {
    const element = container.current
    if (!element) return
    const { initialView: view, initialVisibleLayers: visible, locale: strings } = initial.current
    element.dataset.mapIdle = 'false'
    const map = new MapLibreMap({
      container: element,
      style: buildStyle({
        apiBaseUrl: env.apiBaseUrl,
        origin: window.location.origin,
        visibleLayers: visible,
      }),
      ...(view
        ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
        : { bounds: DEFAULT_BOUNDS, fitBoundsOptions: { padding: FIT_PADDING } }),
      // The data attribution is a visible line under the map (attribution-footer.tsx).
      attributionControl: false,
      maplibreLogo: false,
      dragRotate: false,
      pitchWithRotate: false,
      locale: strings,
      maxZoom: 19,
      // Labels appear at once: no fade keeps the map from reporting idle 300 ms later.
      fadeDuration: 0,
      // The style is built by our code and validated by its unit test (style.test.ts); checking every
      // layer again on each load delayed the first tile request by about 50 ms (issue 12, §31).
      validateStyle: false,
    })
    const endSpacing = spaceFirstViewFrames(map)
    const endSettling = settlePlacementInOneFrame(map.style)
    map.touchZoomRotate.disableRotation()
    map.keyboard.disableRotation()
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left')

    const setIdle = (idle: boolean) => {
      element.dataset.mapIdle = String(idle)
    }
    map.on('idle', () => setIdle(true))
    map.on('movestart', () => setIdle(false))
    map.on('dataloading', () => setIdle(false))
    // Symbols are drawn in code: no sprite, no network.
    const addImage = (id: string) => {
      const image = drawMapImage(id)
      if (image && !map.hasImage(id)) map.addImage(id, image.data, { pixelRatio: image.pixelRatio })
    }
    // All of them before the first tiles are parsed: a worker that meets an image the map lacks waits
    // for the page's answer to `styleimagemissing`, a round trip through the busy main thread (issue 12).
    map.once('style.load', () => Object.values(MAP_IMAGE_IDS).forEach(addImage))
    map.on('styleimagemissing', ({ id }: { id: string }) => addImage(id))
    map.on('error', (event: ErrorEvent & { sourceId?: string }) => {
      // A basemap's service is watched by the basemap menu, which falls back to the offline background.
      if (event.sourceId?.startsWith(BASEMAP_SOURCE_ID)) return
      if (event.sourceId) reportSourceError.current(event.sourceId)
      else console.error(event.error)
    })
    map.on('load', () => setMap(map))
    window.heritageWatchMap = map

    return () => {
      endSpacing()
      endSettling()
      setMap(null)
      if (window.heritageWatchMap === map) delete window.heritageWatchMap
      map.remove()
    }
  }, [setMap])

  return <div ref={container} className="map" data-testid="map" />
}
