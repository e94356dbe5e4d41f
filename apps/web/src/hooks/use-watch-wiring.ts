import type { Map as MapLibreMap } from 'maplibre-gl'
import { useCallback } from 'react'
import { canReadAlerts, canReport } from '../lib/permissions.ts'
import type { FeatureRef } from '../lib/url-state.ts'
import { REPORT_PIN_KEY } from '../lib/watch-keys.ts'
import { useAlertBadges } from './use-alert-badges.ts'
import { useAlertLiveUpdates } from './use-alert-live-updates.ts'
import { useKeyShortcut } from './use-key-shortcut.ts'
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

  return {
    user,
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
