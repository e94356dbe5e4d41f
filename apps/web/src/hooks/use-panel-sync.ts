import type { SearchResult } from '@heritage-watch/shared'
import { useCallback, useEffect } from 'react'
import type { FeatureRef } from '../lib/url-state.ts'
import type { WatchSheet } from '../lib/watch-hash.ts'
import type { PanelName } from './use-panels.ts'

interface PanelSyncInput {
  /** The open alert and the open sheet, from the URL hash (use-watch-views.ts). */
  alertId: string | null
  sheet: WatchSheet | null
  openAlert: (id: string | null) => void
  closePanel: (panel: PanelName) => void
  openRecord: (feature: FeatureRef) => void
  /** Fits the map to a search result's extent. */
  fitBox: (bbox: SearchResult['bbox'], animate: boolean) => void
  wide: boolean
}

/**
 * Keeps the panels in step (issue #11 §7). An open alert takes the record's place: a place chosen on
 * the map or in the search closes it, or the record asked for would stay hidden behind an unrelated
 * alert. On a narrow screen the side panels are sheets over the map, and they give way to a sheet
 * (desk, tokens, …) when one opens.
 * @returns how to open a place's record (a click on the map) and a search result
 */
export function usePanelSync(input: PanelSyncInput) {
  const { alertId, sheet, openAlert, closePanel, openRecord, fitBox, wide } = input
  useEffect(() => {
    if (!sheet || wide) return
    closePanel('layers')
    closePanel('list')
  }, [sheet, wide, closePanel])

  const openPlace = useCallback(
    (feature: FeatureRef) => {
      if (alertId) openAlert(null)
      openRecord(feature)
    },
    [alertId, openAlert, openRecord],
  )
  const chooseResult = useCallback(
    (result: SearchResult) => {
      // An address has no record: the map only moves there, and an open alert gives way all the same.
      if (result.type === 'feature') openPlace({ collection: result.collection, id: result.id })
      else if (alertId) openAlert(null)
      fitBox(result.bbox, true)
    },
    [openPlace, fitBox, alertId, openAlert],
  )
  return { openPlace, chooseResult }
}
