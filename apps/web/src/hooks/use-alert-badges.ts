import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { useCallback, useEffect, useState } from 'react'
import { fetchAlertBadges } from '../api/alerts-client.ts'
import { ALERT_BADGE_SOURCE_ID, badgesToGeoJson, EMPTY_BADGES } from '../map/layers/alert-badge-layers.ts'
import { useAlertStream } from './use-alert-stream.ts'
import { useSession } from './use-session.ts'

/**
 * Keeps the map's alert badges in step with the open alerts the signed-in account may see: fetched when
 * it signs in and again on every change the live stream reports; emptied when it signs out.
 */
export function useAlertBadges(map: MapLibreMap | null, enabled: boolean): void {
  const { request } = useSession()
  const [version, setVersion] = useState(0)
  const reload = useCallback(() => setVersion((previous) => previous + 1), [])
  useAlertStream(enabled, reload, reload)

  useEffect(() => {
    const source = map?.getSource<GeoJSONSource>(ALERT_BADGE_SOURCE_ID)
    if (!source) return
    if (!enabled) {
      source.setData(EMPTY_BADGES)
      return
    }
    const controller = new AbortController()
    fetchAlertBadges({ ...request, signal: controller.signal }).then(
      (badges) => source.setData(badgesToGeoJson(badges)),
      // Badges are a hint on the map: a failed fetch leaves the previous ones until the next change.
      () => undefined,
    )
    return () => controller.abort()
  }, [map, enabled, request, version])
}
