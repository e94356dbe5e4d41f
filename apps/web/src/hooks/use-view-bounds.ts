import { useMap } from './use-map.ts'

/** The map's view as west, south, east, north in degrees, read when called; undefined before the map loads. */
export function useViewBounds(): () => [number, number, number, number] | undefined {
  const map = useMap()
  return () => {
    const bounds = map?.getBounds()
    return bounds ? [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()] : undefined
  }
}
