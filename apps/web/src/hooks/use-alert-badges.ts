import { useQuery } from '@tanstack/react-query'
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import { fetchAlertBadges } from '../api/alerts-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { ALERT_BADGE_SOURCE_ID, badgesToGeoJson, EMPTY_BADGES } from '../map/layers/alert-badge-layers.ts'
import { useSession } from './use-session.ts'

/**
 * Keeps the map's alert badges in step with the open alerts the signed-in account may see: fetched when
 * it signs in and again whenever the alerts are invalidated (live stream, writes); emptied when it signs
 * out. Badges are a hint on the map: a failed fetch leaves the previous ones until the next change.
 */
export function useAlertBadges(map: MapLibreMap | null, enabled: boolean): void {
  const { request } = useSession()
  const badges = useQuery({
    queryKey: queryKeys.alertBadges,
    queryFn: ({ signal }) => fetchAlertBadges({ ...request, signal }),
    enabled: enabled && map !== null,
  })

  // The style starts with the source empty: emptying it again when the map arrives made MapLibre reload
  // it, one more frame and a later first `idle` for every anonymous visitor (issue 12).
  const filled = useRef(false)
  useEffect(() => {
    const source = map?.getSource<GeoJSONSource>(ALERT_BADGE_SOURCE_ID)
    if (!source) return
    if (!enabled) {
      if (filled.current) source.setData(EMPTY_BADGES)
      filled.current = false
    } else if (badges.data) {
      source.setData(badgesToGeoJson(badges.data))
      filled.current = true
    }
  }, [map, enabled, badges.data])
}
