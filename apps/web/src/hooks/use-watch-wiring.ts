import type { Map as MapLibreMap } from 'maplibre-gl'
import { useCallback, useState } from 'react'
import { canReadAlerts, canReport } from '../lib/permissions.ts'
import { type FeatureRef, sameFeature } from '../lib/url-state.ts'
import { REPORT_PIN_KEY } from '../lib/watch-keys.ts'
import { useAlertBadges } from './use-alert-badges.ts'
import { useAlertLiveUpdates } from './use-alert-live-updates.ts'
import { useKeyShortcut } from './use-key-shortcut.ts'
import type { AlertMark } from './use-map-click.ts'
import { useSession } from './use-session.ts'
import { useWatchViews } from './use-watch-views.ts'

/**
 * What the map app needs of accounts and alerts (issue #4): the signed-in account, the report form, the
 * alert record and the sheets (desk, tokens, admin), the key that starts a report on the map, and the
 * badges of features with open alerts. The pin or zone of that report is drawn by the report form
 * (use-report-place.ts), in the lazily loaded chunk.
 * @param openRecord opens a feature's record on the map, when an alert's feature is chosen
 * @param keysEnabled false while a dialog (the keyboard help) owns the keyboard
 */
export function useWatchWiring(
  map: MapLibreMap | null,
  openRecord: (feature: FeatureRef, options: { fit: boolean }) => void,
  keysEnabled: boolean,
) {
  const session = useSession()
  // The feature whose badge, standing for one alert, was clicked: its record opens that alert once listed.
  const [singleAlertOf, setSingleAlertOf] = useState<FeatureRef | null>(null)
  const user = session.state.status === 'signed-in' ? session.state.user : null
  const watch = useWatchViews()
  const mayReport = canReport(user)
  const mayReadAlerts = canReadAlerts(user)
  useAlertLiveUpdates(mayReadAlerts)
  useAlertBadges(map, mayReadAlerts)

  const mapCentre = useCallback((): [number, number] | null => {
    const centre = map?.getCenter()
    return centre ? [centre.lng, centre.lat] : null
  }, [map])
  const togglePin = () => {
    if (watch.pinMode) watch.closeReport()
    else watch.startReport({ features: [], pin: mapCentre() })
  }
  useKeyShortcut(REPORT_PIN_KEY, mayReport && keysEnabled, togglePin)

  const openFeatureFromAlert = useCallback(
    (feature: FeatureRef) => {
      watch.openSheet(null)
      watch.openAlert(null)
      openRecord(feature, { fit: true })
    },
    [watch, openRecord],
  )

  /**
   * A click on an alert mark: an alert's pin or zone opens it; a feature's badge opens the feature's
   * record, whose monitoring section lists its alerts and opens the alert itself when the badge stands
   * for exactly one (badges carry counts, not ids).
   */
  const openMark = useCallback(
    (mark: AlertMark) => {
      if (mark.kind === 'alert') return watch.openAlert(mark.id)
      watch.openAlert(null)
      setSingleAlertOf(mark.count === 1 ? mark.feature : null)
      openRecord(mark.feature, { fit: false })
    },
    [watch, openRecord],
  )

  /** What a signed-in account's record of `selection` needs to show its monitoring; none for visitors. */
  const recordMonitoring = (selection: FeatureRef) =>
    user
      ? {
          onOpenAlert: watch.openAlert,
          openSingleAlert: sameFeature(singleAlertOf, selection),
          onSingleAlertLooked: () => setSingleAlertOf(null),
        }
      : undefined

  return {
    user,
    recordMonitoring,
    /** What a click on an alert mark does; none while a place is being reported or without alerts. */
    onMark: watch.pinMode || !mayReadAlerts ? undefined : openMark,
    watch,
    mayReport,
    mayReadAlerts,
    mapCentre,
    togglePin,
    openFeatureFromAlert,
    /** The report form or an alert record takes the side panel's place. */
    watchPanelOpen: user !== null && (watch.report !== null || watch.alertId !== null),
  }
}
