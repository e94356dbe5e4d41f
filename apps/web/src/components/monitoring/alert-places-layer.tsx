import type { Map as MapLibreMap } from 'maplibre-gl'
import { useAlertPlaces } from '../../hooks/use-alert-places.ts'

/**
 * The alerts with a pin or zone of their own, drawn on the map for an account that may see alerts; renders
 * nothing itself. A component so that the map layer's code loads lazily (components/watch/lazy-views.ts).
 */
export function AlertPlacesLayer({ map }: { map: MapLibreMap }) {
  useAlertPlaces(map)
  return null
}
