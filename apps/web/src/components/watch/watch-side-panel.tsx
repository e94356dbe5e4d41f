import type { User } from '@heritage-watch/shared'
import type { LonLat } from '../../hooks/use-pin-marker.ts'
import type { ReportDraft } from '../../hooks/use-watch-views.ts'
import type { FeatureRef } from '../../lib/url-state.ts'
import { AlertRecordPanel } from '../alerts/alert-record-panel.tsx'
import { AlertReportPanel } from '../alerts/alert-report-panel.tsx'

interface WatchSidePanelProps {
  user: User
  report: ReportDraft | null
  alertId: string | null
  mapCentre: () => LonLat | null
  onMovePin: (pin: LonLat) => void
  onCloseReport: () => void
  onOpenAlert: (id: string | null) => void
  onOpenFeature: (feature: FeatureRef) => void
}

/** Beside the map: the report being written, else the open alert's record (a lazily loaded chunk). */
export function WatchSidePanel(props: WatchSidePanelProps) {
  if (props.report)
    return (
      <AlertReportPanel
        user={props.user}
        draft={props.report}
        mapCentre={props.mapCentre}
        onMovePin={props.onMovePin}
        onClose={props.onCloseReport}
        onCreated={(alert) => props.onOpenAlert(alert.id)}
      />
    )
  if (!props.alertId) return null
  return (
    <AlertRecordPanel
      key={props.alertId}
      user={props.user}
      alertId={props.alertId}
      onClose={() => props.onOpenAlert(null)}
      onOpenAlert={props.onOpenAlert}
      onOpenFeature={props.onOpenFeature}
    />
  )
}
// The constats' record section and map-style switch travel in this chunk: a chunk of their own would
// split the first load's shared modules further and cost more than they weigh (issue #10).
export { AssessmentSection } from '../assessments/assessment-section.tsx'
export { ConditionStyleToggle } from '../assessments/condition-style-toggle.tsx'
