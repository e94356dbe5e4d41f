import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useState } from 'react'

/**
 * Whether the map has drawn its first view completely (its first `idle`). Requests that can wait, such
 * as the legend's counts, wait for it so that the first view gets the connections to itself.
 */
export function useFirstIdle(map: MapLibreMap | null): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!map || idle) return
    if (map.loaded()) {
      setIdle(true)
      return
    }
    const onIdle = () => setIdle(true)
    map.once('idle', onIdle)
    return () => {
      map.off('idle', onIdle)
    }
  }, [map, idle])
  return idle
}
