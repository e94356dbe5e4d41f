import type { ReverseGeocodeResponse } from '@heritage-watch/shared'
import { useQuery } from '@tanstack/react-query'
import { queryKeys } from '../api/query-keys.ts'
import { reverseGeocode } from '../api/reverse-geocode-client.ts'
import { env } from '../env.ts'
import type { LonLat } from '../lib/report-zone.ts'
import { useDebouncedValue } from './use-debounced-value.ts'

/** A dragged pin stops moving before its address is asked for. */
const PIN_SETTLE_MS = 400

export type PinAddressState =
  { status: 'idle' | 'loading' | 'unavailable' } | { status: 'ready'; address: ReverseGeocodeResponse }

/** A position to about a metre (5 decimals), so that a pin put back where it was asks nothing new. */
function rounded([lon, lat]: LonLat): [number, number] {
  return [Number(lon.toFixed(5)), Number(lat.toFixed(5))]
}

/**
 * The address nearest a dropped pin, from the national address service through `GET /geocode/reverse`.
 * `unavailable` when the service does not answer or knows no address there: not retried, the report
 * does not need it.
 * @param pin the pin, or null for none
 */
export function usePinAddress(pin: LonLat | null): PinAddressState {
  const key = pin ? rounded(pin).join(',') : ''
  const settled = useDebouncedValue(key, PIN_SETTLE_MS)
  const position = settled ? (settled.split(',').map(Number) as [number, number]) : null
  const query = useQuery({
    queryKey: queryKeys.reverseGeocode(position ?? [0, 0]),
    queryFn: ({ signal }) => reverseGeocode(position ?? [0, 0], { apiBaseUrl: env.apiBaseUrl, signal }),
    enabled: position !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  })
  if (!key) return { status: 'idle' }
  if (settled !== key || query.isPending) return { status: 'loading' }
  if (query.isError) return { status: 'unavailable' }
  return { status: 'ready', address: query.data }
}
