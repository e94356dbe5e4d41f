import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'

/**
 * MapLibre reads its texts once, when the map is created; after a language switch this rewrites the
 * ones already in the page.
 */
export function useApplyMapLocale(map: MapLibreMap | null, locale: Record<string, string>): void {
  useEffect(() => {
    if (!map) return
    const container = map.getContainer()
    map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? '')
    const buttons: [string, string][] = [
      ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
      ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
    ]
    for (const [selector, key] of buttons) {
      const button = container.querySelector(selector)
      const text = locale[key]
      if (!button || !text) continue
      button.setAttribute('title', text)
      button.setAttribute('aria-label', text)
    }
  }, [map, locale])
}
