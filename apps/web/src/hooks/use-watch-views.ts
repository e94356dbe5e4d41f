import { useCallback, useEffect, useState } from 'react'
import type { FeatureRef } from '../lib/url-state.ts'
import {
  parseWatchHash,
  serializeWatchHash,
  type WatchHashState,
  type WatchSheet,
} from '../lib/watch-hash.ts'
import type { LonLat } from './use-pin-marker.ts'

/**
 * The report form: for features (from their record) or, without features, for a place on the map: a
 * pin (here, so that the header's key can drop it at the map's centre) or a zone, which the form holds.
 */
export interface ReportDraft {
  features: FeatureRef[]
  pin: LonLat | null
}

export interface WatchViews {
  /** The sheet over the map: the alerts desk, the API tokens or the administration. */
  sheet: WatchSheet | null
  /** The alert whose record is open beside the map. */
  alertId: string | null
  /** The report being written, beside the map (it wins over the alert record). */
  report: ReportDraft | null
  /** A report of a place (pin or zone): map clicks place it instead of opening records. */
  pinMode: boolean
  openSheet: (sheet: WatchSheet | null) => void
  openAlert: (id: string | null) => void
  startReport: (draft: ReportDraft) => void
  movePin: (pin: LonLat) => void
  closeReport: () => void
}

/**
 * Which accounts-and-alerts views are open. The sheet and the alert live in the address bar's hash
 * (lib/watch-hash.ts), so that back and forward and a shared link work; the report form does not, as
 * an unsent form cannot be shared.
 */
export function useWatchViews(): WatchViews {
  const [hash, setHash] = useState<WatchHashState>(() => parseWatchHash(window.location.hash))
  const [report, setReport] = useState<ReportDraft | null>(null)

  useEffect(() => {
    const onChange = () => setHash(parseWatchHash(window.location.hash))
    window.addEventListener('hashchange', onChange)
    window.addEventListener('popstate', onChange)
    return () => {
      window.removeEventListener('hashchange', onChange)
      window.removeEventListener('popstate', onChange)
    }
  }, [])

  const write = useCallback((next: WatchHashState) => {
    setHash(next)
    const url = `${window.location.pathname}${window.location.search}${serializeWatchHash(next)}`
    // pushState leaves the map's history handling alone (a hash assignment would not, on some browsers).
    window.history.pushState(null, '', url)
  }, [])

  const openSheet = useCallback(
    (sheet: WatchSheet | null) => write({ ...parseWatchHash(window.location.hash), sheet }),
    [write],
  )
  const openAlert = useCallback(
    (alertId: string | null) => {
      setReport(null)
      write({ ...parseWatchHash(window.location.hash), alertId })
    },
    [write],
  )

  return {
    sheet: hash.sheet,
    alertId: hash.alertId,
    report,
    pinMode: report !== null && report.features.length === 0,
    openSheet,
    openAlert,
    startReport: setReport,
    movePin: useCallback((pin: LonLat) => setReport((draft) => (draft ? { ...draft, pin } : draft)), []),
    closeReport: useCallback(() => setReport(null), []),
  }
}
