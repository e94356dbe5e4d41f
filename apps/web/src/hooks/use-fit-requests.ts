import type { Feature } from '@heritage-watch/shared'
import type { Map as MapLibreMap } from 'maplibre-gl'
import { useCallback, useEffect, useState } from 'react'
import { type BoundingBox, geometryBoundingBox } from '../lib/geometry-bbox.ts'
import { type FeatureRef, sameFeature, type UrlState } from '../lib/url-state.ts'
import { useZoomTo } from './use-zoom-to.ts'

export interface FitRequests {
  /** Fit the map to a box once the panels it depends on are rendered (the record docks beside the map). */
  fitBox: (box: BoundingBox, animate: boolean) => void
  /** Fit the map to a feature once its record has loaded its geometry. */
  fitFeature: (feature: FeatureRef, animate: boolean) => void
  /** The record tells which feature it loaded. */
  onRecordLoaded: (ref: FeatureRef, feature: Feature) => void
  /** A URL (at start, or from back/forward) with a selection and no view fits to the selection. */
  onUrlState: (state: UrlState) => void
}

/**
 * Moves the map to what was asked for, when it can: a search result's box after the record panel has
 * docked, a selected feature once its geometry is loaded.
 * @param initial the URL state at start: a selection without a view is fitted without animation
 */
export function useFitRequests(
  map: MapLibreMap | null,
  selection: FeatureRef | null,
  initial: UrlState,
): FitRequests {
  const zoomTo = useZoomTo(map)
  const [featureRequest, setFeatureRequest] = useState<{ feature: FeatureRef; animate: boolean } | null>(
    () => (initial.selection && !initial.view ? { feature: initial.selection, animate: false } : null),
  )
  const [loaded, setLoaded] = useState<{ ref: FeatureRef; feature: Feature } | null>(null)
  const [boxRequest, setBoxRequest] = useState<{ box: BoundingBox; animate: boolean } | null>(null)

  useEffect(() => {
    if (!featureRequest || !loaded || !selection) return
    if (!sameFeature(featureRequest.feature, selection) || !sameFeature(loaded.ref, selection)) return
    const box = geometryBoundingBox(loaded.feature.geometry)
    if (box) setBoxRequest({ box, animate: featureRequest.animate })
    setFeatureRequest(null)
  }, [featureRequest, loaded, selection])

  useEffect(() => {
    if (!map || !boxRequest) return
    zoomTo(boxRequest.box, { animate: boxRequest.animate })
    setBoxRequest(null)
  }, [map, boxRequest, zoomTo])

  return {
    fitBox: useCallback((box, animate) => setBoxRequest({ box, animate }), []),
    fitFeature: useCallback((feature, animate) => setFeatureRequest({ feature, animate }), []),
    onRecordLoaded: useCallback((ref, feature) => setLoaded({ ref, feature }), []),
    onUrlState: useCallback(
      (state) =>
        setFeatureRequest(
          state.selection && !state.view ? { feature: state.selection, animate: false } : null,
        ),
      [],
    ),
  }
}
