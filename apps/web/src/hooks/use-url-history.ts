import { COLLECTIONS } from '@heritage-watch/shared'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  type FeatureRef,
  type MapViewState,
  parseUrlState,
  sameFeature,
  serializeUrlState,
  type UrlState,
} from '../lib/url-state.ts'
import { DEFAULT_BOUNDS, FIT_PADDING } from '../map/default-view.ts'
import { DEFAULT_VISIBLE_LAYER_IDS, MAP_LAYER_IDS } from '../map/layers/registry.ts'

const VOCABULARY = { layerIds: MAP_LAYER_IDS, collectionIds: COLLECTIONS.map((collection) => collection.id) }

/** The state the address bar holds, read once when the app starts. */
export function readUrlState(): UrlState {
  return parseUrlState(window.location.search, VOCABULARY)
}

function viewOf(map: MapLibreMap): MapViewState {
  const { lng, lat } = map.getCenter()
  return { zoom: map.getZoom(), lat, lon: lng }
}

const layersOf = (state: UrlState) => new Set(state.layers ?? DEFAULT_VISIBLE_LAYER_IDS)

export interface UrlHistory {
  visibleLayers: ReadonlySet<string>
  selection: FeatureRef | null
  /** Opens a feature's record (a new history entry) or closes it with null. */
  select: (feature: FeatureRef | null) => void
  /** Shows or hides a registry layer (replaces the history entry). */
  setLayerVisible: (layerId: string, visible: boolean) => void
}

/**
 * Keeps the address bar and the app in step (issue #3): selection changes push a history entry, map
 * moves and layer toggles replace it, and back/forward restore view, layers and selection.
 * @param initial the state read from the URL at start
 * @param onRestore told of the state back/forward restored (after the map moved to its view, if any)
 */
export function useUrlHistory(
  map: MapLibreMap | null,
  initial: UrlState,
  onRestore: (state: UrlState) => void,
): UrlHistory {
  const [visibleLayers, setVisibleLayers] = useState<ReadonlySet<string>>(() => layersOf(initial))
  const [selection, setSelection] = useState<FeatureRef | null>(initial.selection ?? null)
  // What the URL is written from, updated at once (React state lags a render behind, and a map move
  // caused by back/forward writes the URL before the next render).
  const current = useRef({ visibleLayers, selection, map })
  const restored = useRef(onRestore)
  useEffect(() => {
    restored.current = onRestore
  })

  const write = useCallback(
    (mode: 'push' | 'replace') => {
      const { map: loaded, visibleLayers: layers, selection: selected } = current.current
      const view = loaded ? viewOf(loaded) : initial.view
      const search = serializeUrlState({
        ...(view ? { view } : {}),
        layers: MAP_LAYER_IDS.filter((id) => layers.has(id)),
        ...(selected ? { selection: selected } : {}),
        // The basemap menu writes `fond` itself (components/basemaps/); a rewrite keeps it.
        basemap: readUrlState().basemap,
      })
      const url = `${window.location.pathname}${search}${window.location.hash}`
      if (mode === 'push') window.history.pushState(null, '', url)
      else if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
        window.history.replaceState(null, '', url)
    },
    [initial.view],
  )

  const select = useCallback(
    (feature: FeatureRef | null) => {
      if (sameFeature(feature, current.current.selection)) return
      current.current.selection = feature
      setSelection(feature)
      write('push')
    },
    [write],
  )

  const setLayerVisible = useCallback(
    (layerId: string, visible: boolean) => {
      const next = new Set(current.current.visibleLayers)
      if (visible) next.add(layerId)
      else next.delete(layerId)
      current.current.visibleLayers = next
      setVisibleLayers(next)
      write('replace')
    },
    [write],
  )

  useEffect(() => {
    current.current.map = map
    if (!map) return
    write('replace')
    const onMoveEnd = () => write('replace')
    map.on('moveend', onMoveEnd)
    return () => {
      map.off('moveend', onMoveEnd)
    }
  }, [map, write])

  useEffect(() => {
    const onPopState = () => {
      const state = readUrlState()
      const layers = layersOf(state)
      const selected = state.selection ?? null
      current.current.visibleLayers = layers
      current.current.selection = selected
      setVisibleLayers(layers)
      setSelection(selected)
      const loaded = current.current.map
      if (loaded && state.view)
        loaded.jumpTo({ center: [state.view.lon, state.view.lat], zoom: state.view.zoom })
      else if (loaded && !selected) loaded.fitBounds(DEFAULT_BOUNDS, { padding: FIT_PADDING, animate: false })
      restored.current(state)
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  return { visibleLayers, selection, select, setLayerVisible }
}
