import type { FeatureRef } from '../../lib/url-state.ts'
import { FollowFeatureLink } from '../subscriptions/follow-feature-link.tsx'
import { FeatureAlerts } from './feature-alerts.tsx'
import { FeatureHistory } from './feature-history.tsx'

/** What the record hands its monitoring section, besides the feature. */
export interface RecordMonitoringOptions {
  onOpenAlert: (id: string) => void
  /** Open the feature's alert once listed if it has exactly one open (its badge was clicked). */
  openSingleAlert: boolean
  /** Told once the alerts are listed and that wish is dealt with. */
  onSingleAlertLooked: () => void
}

/**
 * What a signed-in account sees of a feature's monitoring in its record (issue #10 §1): its alerts and
 * the timeline merging alerts, constats and the ERBM follow-up. Loaded lazily (components/watch/
 * lazy-views.ts): the record is part of the first load.
 */
export function RecordMonitoring({ feature, ...options }: RecordMonitoringOptions & { feature: FeatureRef }) {
  const { onOpenAlert } = options
  return (
    <div className="record-monitoring">
      <FollowFeatureLink feature={feature} />
      <FeatureAlerts feature={feature} {...options} />
      <FeatureHistory feature={feature} onOpenAlert={onOpenAlert} />
    </div>
  )
}
