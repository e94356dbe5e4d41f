import type { Map as MapLibreMap } from 'maplibre-gl'
import { useContext } from 'react'
import { MapContext } from '../map/map-context.ts'

/** The loaded map, or null before its style has loaded. Only hooks should call the map's API. */
export function useMap(): MapLibreMap | null {
  return useContext(MapContext).map
}
