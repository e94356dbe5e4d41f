import { useQuery } from '@tanstack/react-query'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import { fetchAlertPlaces } from '../api/monitoring-client.ts'
import { queryKeys } from '../api/query-keys.ts'
import { alertPlacesToGeoJson, removeAlertPlaces, showAlertPlaces } from '../map/layers/alert-place-layers.ts'
import { useSession } from './use-session.ts'

/**
 * Keeps the map's alert places (pins and zones of the alerts the account may see) in step: fetched from
 * the `alertes` collection, again whenever the alerts are invalidated (live stream, writes), and taken
 * off the map when the component using it goes (sign-out). A failed fetch leaves the previous ones.
 */
export function useAlertPlaces(map: MapLibreMap): void {
  const { request } = useSession()
  const places = useQuery({
    queryKey: queryKeys.alertPlaces,
    queryFn: ({ signal }) => fetchAlertPlaces({ ...request, signal }),
  })

  useEffect(() => {
    if (places.data) showAlertPlaces(map, alertPlacesToGeoJson(places.data))
  }, [map, places.data])

  useEffect(
    () => () => {
      // The map may already be gone with the page.
      if (map.style) removeAlertPlaces(map)
    },
    [map],
  )
}
