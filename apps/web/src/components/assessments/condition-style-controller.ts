import { QueryObserver, type QueryClient } from '@tanstack/react-query'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { assessmentKeys } from '../../api/assessment-query-keys.ts'
import { fetchLatestConditions } from '../../api/assessments-client.ts'
import type { RequestOptions } from '../../api/request-json.ts'
import { CONDITION_LAYER_PREFIX, conditionLayers } from '../../map/layers/condition-layers.ts'

// The "état" style lives as long as it is switched on, not as long as the layers panel is open: it
// follows the latest conditions in the query cache (refreshed after every constat and decision, and reset
// when the account changes), and clears itself when they cannot be read (signed out: the data is private).

let stop: (() => void) | null = null

/** Whether the style is on. */
export const isConditionStyleOn = () => stop !== null

function clearLayers(map: MapLibreMap) {
  for (const layer of map.getStyle()?.layers ?? []) {
    if (layer.id.startsWith(CONDITION_LAYER_PREFIX)) map.removeLayer(layer.id)
  }
}

function drawLayers(map: MapLibreMap, layers: ReturnType<typeof conditionLayers>) {
  clearLayers(map)
  // Under the names and icons, over every fill and line.
  const firstSymbol = map.getStyle()?.layers?.find((layer) => layer.type === 'symbol')?.id
  for (const layer of layers) map.addLayer(layer, firstSymbol)
}

/** Switches the style on: the latest conditions drawn now and again whenever they change. */
export function startConditionStyle(map: MapLibreMap, queryClient: QueryClient, request: RequestOptions) {
  stopConditionStyle()
  // Without the session's 401 handler: a signed-out map simply loses the style, without a notice.
  const options = { apiBaseUrl: request.apiBaseUrl }
  const observer = new QueryObserver(queryClient, {
    queryKey: assessmentKeys.latest,
    queryFn: ({ signal }) => fetchLatestConditions({ ...options, signal }),
  })
  const apply = (result: ReturnType<typeof observer.getCurrentResult>) => {
    if (result.isError) clearLayers(map)
    else if (result.data) drawLayers(map, conditionLayers(result.data))
  }
  const unsubscribe = observer.subscribe(apply)
  apply(observer.getCurrentResult())
  stop = () => {
    unsubscribe()
    clearLayers(map)
  }
}

/** Switches the style off, restoring the layers' own colours. */
export function stopConditionStyle() {
  stop?.()
  stop = null
}
