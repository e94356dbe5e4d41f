import type { Map as MapLibreMap } from 'maplibre-gl'
import { createContext } from 'react'

/**
 * The map instance, shared through React context (STYLE §6). `map` is null until the style has loaded,
 * so hooks that read it can call the style API straight away.
 */
export interface MapHandle {
  map: MapLibreMap | null
  setMap: (map: MapLibreMap | null) => void
}

export const MapContext = createContext<MapHandle>({ map: null, setMap: () => undefined })
