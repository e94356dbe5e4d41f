import type { Map as MapLibreMap } from 'maplibre-gl'
import { type ReactNode, useMemo, useState } from 'react'
import { MapContext } from './map-context.ts'

/** Holds the map instance for the hooks below it; map-view.tsx puts it there once loaded. */
export function MapProvider({ children }: { children: ReactNode }) {
  const [map, setMap] = useState<MapLibreMap | null>(null)
  const handle = useMemo(() => ({ map, setMap }), [map])
  return <MapContext value={handle}>{children}</MapContext>
}
